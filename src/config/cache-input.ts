// The `cache` input (workflow only): whether pip's cache is restored before the installs and saved after the run.
import { ConfigError } from '../model/errors.js';
import { type PipCacheMode } from '../model/settings.js';

export function parseCacheInput(text: string): PipCacheMode {
  const value = text.trim().toLowerCase();
  if (value === '') return 'auto';
  if (value === 'pip') return 'pip';
  if (value === 'false' || value === 'none') return 'off';
  throw new ConfigError("input 'cache'", text, 'pip or false');
}
