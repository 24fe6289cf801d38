import { type AnnotationProperties, type Io } from '../../src/io/seam.js';
// An Io that records what the shell reports, for tests that call runShell directly.

export interface RecordingIo extends Io {
  outputs: Record<string, string>;
  warnings: string[];
  notices: string[];
  log: string[];
  summary: string;
  secrets: string[];
  /** io.error calls that point at a line (annotations). */
  annotations: { message: string; at: AnnotationProperties }[];
}

export function recordingIo(inputs: Record<string, string>): RecordingIo {
  const io: RecordingIo = {
    outputs: {},
    warnings: [],
    notices: [],
    log: [],
    summary: '',
    secrets: [],
    annotations: [],
    getInput: (name) => inputs[name] ?? '',
    info: (m) => void io.log.push(m),
    warning: (m) => void io.warnings.push(m),
    notice: (m) => void io.notices.push(m),
    error: (m, at) => void (at ? io.annotations.push({ message: m, at }) : io.log.push(`error: ${m}`)),
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
