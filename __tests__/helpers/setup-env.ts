// Runs before every test file. Machines without the public package index but with a local mirror
// (this project's CI and developer machines) point pip at it, as .ci/run does; elsewhere pip is untouched.
import { existsSync } from 'node:fs';

if (!process.env.PIP_INDEX_URL && existsSync('/opt/pypi/simple')) process.env.PIP_INDEX_URL = 'file:///opt/pypi/simple';
