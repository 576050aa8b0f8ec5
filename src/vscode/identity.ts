import { execFile } from 'child_process';
import * as os from 'os';

/**
 * Who is tagging, when the `corpusAnnotator.annotator` setting does not say: git's `user.name`
 * (what the annotator's commits carry), else the operating-system user.
 */
export function detectAnnotator(cwd: string | undefined): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['config', 'user.name'], { cwd, timeout: 3000 }, (err, stdout) => {
      const name = err ? '' : stdout.trim();
      if (name) return resolve(name);
      try {
        resolve(os.userInfo().username || 'annotator');
      } catch {
        resolve('annotator');
      }
    });
  });
}
