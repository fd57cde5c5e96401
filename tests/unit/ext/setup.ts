// Extension code speaks through browser.i18n: unit tests read it in English unless a test picks another locale.
import { beforeEach } from 'vitest';
import { useLocale } from '../../helpers/i18n';

beforeEach(() => useLocale('en'));
