// Entry of an extraction worker thread: the TypeScript sources run through tsx here as in the main thread.
import { register } from 'tsx/esm/api';

register();
const { annotateInput, annotateText } = await import('./annotateInput.ts');

export default annotateInput;
export { annotateText };
