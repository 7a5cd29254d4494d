// The action's entry (action.yml runs its bundle): main.ts only defines run(), so tests can import it.
import { run } from './main.js';

await run();
