import '../../components/styles.css';
import { browserPlatform } from '../../components/browser-platform';
import { mount } from '../../components/mount';
import { SidePanelApp } from '../../components/SidePanelApp';

mount(document.getElementById('root')!, browserPlatform(), SidePanelApp);
