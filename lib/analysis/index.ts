export { scoreText } from './score';
