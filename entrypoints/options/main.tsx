import '../../components/styles.css';
import { browserPlatform } from '../../components/browser-platform';
import { mount } from '../../components/mount';
import { OptionsApp } from '../../components/options/OptionsApp';

mount(document.getElementById('root')!, browserPlatform(), OptionsApp);
