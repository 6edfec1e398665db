// Runs the report check off the main thread: the options page stays responsive on a 100,000-row file.
import { checkReportFile, ReportError } from './weights';

/** The file, and the code page to read it in when it is not Unicode (see `legacyEncodingFor`). */
export interface ReportJob {
  file: File;
  legacyEncoding: string;
}

self.onmessage = async (event: MessageEvent<ReportJob>) => {
  try {
    const { file, legacyEncoding } = event.data;
    const result = await checkReportFile(() => file.stream(), legacyEncoding);
    self.postMessage({ ok: true, result });
  } catch (error) {
    self.postMessage({ ok: false, problem: error instanceof ReportError ? error.problem : 'encoding' });
  }
};
