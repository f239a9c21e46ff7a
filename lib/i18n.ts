// UI strings live in public/_locales (French by default, English for English browsers).
// Components receive a `Translate` function, so they never call browser.* themselves.
import type messages from '../public/_locales/fr/messages.json';

export type MessageKey = keyof typeof messages;
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;
