import { t } from '../../lib/i18n';
import type { Reply, Status } from '../../lib/messages/protocol';
import type { Settings } from '../../lib/settings';
import { ErrorNotice } from '../ErrorNotice';
import type { Policy } from '../../lib/policy';
import { AdvancedSettings } from './AdvancedSettings';
import { BeyondRolesPolicy } from './BeyondRolesPolicy';
import { ChangesSettings } from './ChangesSettings';
import { ConnectionSettings } from './ConnectionSettings';
import { NotifySettings } from './NotifySettings';
import { PageOnlySettings } from './PageOnlySettings';
import { ForgetEverything } from './ForgetEverything';
import { PolicySettings } from './PolicySettings';
import { PolicyFileImport, type PolicyFileActions } from './PolicyFileImport';
import { ScanSettings } from './ScanSettings';

export interface OptionsActions {
  connect: (token: string, remember: boolean) => Promise<Reply<Status>>;
  disconnect: () => Promise<void>;
  saveSettings: (patch: Partial<Settings>) => Promise<boolean>;
  rescanAll: () => void;
  savePolicy: (patch: Partial<Policy>) => Promise<boolean>;
  /** Null when everything was forgotten, else why not. */
  forgetEverything: () => Promise<string | null>;
  /** The command line's --policy file: export, and import previewed then confirmed. */
  policyFile: PolicyFileActions;
}

interface Props {
  status: Reply<Status> | null;
  settings: Settings | null;
  policy: Policy | null;
  actions: OptionsActions;
}

export function OptionsPage({ status, settings, policy, actions }: Props) {
  const connected = status?.ok === true && status.data.connected;
  return (
    <main class="page">
      <h1>
        {t('app.name')} · {t('options.title')}
      </h1>
      {status && !status.ok && <ErrorNotice kind={status.kind} message={status.message} />}
      <ConnectionSettings
        status={status}
        remember={settings?.rememberToken ?? null}
        onConnect={actions.connect}
        onDisconnect={actions.disconnect}
      />
      {settings && (
        <ScanSettings
          settings={settings}
          connected={connected}
          onSave={actions.saveSettings}
          onRescanAll={actions.rescanAll}
        />
      )}
      {policy && <PolicySettings policy={policy} onSave={actions.savePolicy} />}
      {policy && <BeyondRolesPolicy policy={policy} onSave={actions.savePolicy} />}
      <PolicyFileImport actions={actions.policyFile} />
      {settings && (
        <ChangesSettings
          allowChanges={settings.allowChanges}
          onSave={(allowChanges) => actions.saveSettings({ allowChanges })}
        />
      )}
      {settings && (
        <PageOnlySettings pageOnly={settings.pageOnly} onSave={(pageOnly) => actions.saveSettings({ pageOnly })} />
      )}
      {settings && (
        <NotifySettings
          notifyNewUrgent={settings.notifyNewUrgent}
          onSave={(n) => actions.saveSettings({ notifyNewUrgent: n })}
        />
      )}
      {settings && <AdvancedSettings settings={settings} onSave={actions.saveSettings} />}
      <ForgetEverything onForget={actions.forgetEverything} />
    </main>
  );
}
