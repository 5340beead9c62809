import '../../components/styles.css';
import { browserPlatform } from '../../components/browser-platform';
import { mount } from '../../components/mount';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

mount(document.getElementById('root')!, browserPlatform(), WelcomeApp);
