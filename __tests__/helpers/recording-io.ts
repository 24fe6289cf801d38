import { type Io } from '../../src/io/seam.js';
// An Io that records what the shell reports, for tests that call runShell directly.

export interface RecordingIo extends Io {
  outputs: Record<string, string>;
  warnings: string[];
  log: string[];
  summary: string;
  secrets: string[];
}

export function recordingIo(inputs: Record<string, string>): RecordingIo {
  const io: RecordingIo = {
    outputs: {},
    warnings: [],
    log: [],
    summary: '',
    secrets: [],
    getInput: (name) => inputs[name] ?? '',
    info: (m) => void io.log.push(m),
    warning: (m) => void io.warnings.push(m),
    error: (m) => void io.log.push(`error: ${m}`),
    group: async (name, fn) => {
      io.log.push(`::group::${name}`);
      return fn();
    },
    setOutput: (name, value) => void (io.outputs[name] = String(value)),
    setSecret: (value) => void io.secrets.push(value),
    writeSummary: async (markdown) => void (io.summary += markdown),
  };
  return io;
}
