// Vitest: Testing Library cleans the DOM after each test, and waits up to 5 s for what a page
// shows after its data (or a lazily loaded chunk, like the calendar's) arrives: the default
// 1 s fails on a loaded CI machine, never on a correct page.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
