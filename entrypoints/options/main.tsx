import '../../lib/zod-jitless';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/styles.css';
import type { Policy } from '../../lib/policy';
import type { Settings } from '../../lib/settings';
import { ask } from '../../lib/ui/ask';
import { download } from '../../lib/ui/download';
import { refusalText } from '../../lib/review/refusal';
import { loadOwnToken, markToken } from '../../lib/ui/own-token-source';
import { OwnTokenSource } from '../../components/OwnTokenLine';
import { TokenMarkContext } from '../../components/review/ExtensionTokenMark';
import { useLiveLanguage } from '../../lib/ui/live-language';
import { applyLanguage } from '../../lib/ui/page-language';
import { useStatus } from '../../lib/ui/use-status';

function Options() {
  useLiveLanguage();
  const [status, setStatus] = useStatus();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<Policy | null>(null);
  const load = () => {
    void ask({ type: 'getSettings' }).then((r) => setSettings(r.ok ? r.data : null));
    void ask({ type: 'getPolicy' }).then((r) => setPolicy(r.ok ? r.data : null));
  };
  useEffect(load, []);
  return (
    <OptionsPage
      status={status}
      settings={settings}
      policy={policy}
      actions={{
        async connect(token, remember) {
          const reply = await ask({ type: 'connect', token, remember });
          if (reply.ok) setStatus(reply);
          return reply;
        },
        async disconnect() {
          setStatus(await ask({ type: 'disconnect' }));
        },
        async saveSettings(patch) {
          const reply = await ask({ type: 'saveSettings', settings: patch });
          if (reply.ok) setSettings(reply.data);
          return reply.ok;
        },
        async savePolicy(patch) {
          const reply = await ask({ type: 'savePolicy', policy: patch });
          if (reply.ok) setPolicy(reply.data);
          return reply.ok;
        },
        async forgetEverything() {
          const reply = await ask({ type: 'forgetEverything', confirm: true });
          if (!reply.ok) return reply.message;
          setStatus(reply);
          // The forms are drawn again from the defaults now stored.
          setSettings(null);
          setPolicy(null);
          load();
          return null;
        },
        policyFile: {
          async exportPolicy() {
            const r = await ask({ type: 'exportTransfer', part: 'policy' });
            return r.ok ? (download(r.data.filename, r.data.text, r.data.type), null) : r.message;
          },
          async importPolicy(text, dryRun) {
            const r = await ask({ type: 'importPolicyFile', text, dryRun });
            if (!r.ok) return r.refusal ? refusalText(r.refusal) : r.message;
            // The policy form is drawn again from the policy now stored.
            if (r.data.replaced) {
              setPolicy(null);
              load();
            }
            return r.data;
          },
        },
        rescanAll() {
          void ask({ type: 'scan', force: true });
        },
      }}
    />
  );
}

// The connection section's line about the token this extension uses reads and marks it through these.
const page = (
  <TokenMarkContext.Provider value={markToken}>
    <OwnTokenSource.Provider value={loadOwnToken}>
      <Options />
    </OwnTokenSource.Provider>
  </TokenMarkContext.Provider>
);
void applyLanguage().then(() => render(page, document.getElementById('root')!));
