import '../../components/styles.css';
import { browserPlatform } from '../../components/browser-platform';
import { renderPopup } from '../../components/popup/popup';

renderPopup(document.getElementById('root')!, browserPlatform());
