import '../../components/styles.css';
import { browserPlatform } from '../../components/browser-platform';
import { mount } from '../../components/mount';
import { PopupApp } from '../../components/PopupApp';

mount(document.getElementById('root')!, browserPlatform(), PopupApp);
