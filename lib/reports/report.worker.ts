// Runs the report check off the main thread: the options page stays responsive on a 100,000-row file.
import { checkReport, ReportError } from './weights';

self.onmessage = async (event: MessageEvent<File>) => {
  try {
    const result = await checkReport(event.data.stream());
    self.postMessage({ ok: true, result });
  } catch (error) {
    self.postMessage({ ok: false, problem: error instanceof ReportError ? error.problem : 'encoding' });
  }
};
