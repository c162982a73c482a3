// The settings open in a tab when the extension is first installed: that is where a person
// pastes the token and starts, and a new add-on that opens nothing leaves them searching for
// it. Only on reason 'install': an update or a browser update must not interrupt someone who
// set it up long ago.

export const SETTINGS_PATH = '/options.html';

export interface InstallDetails {
  reason: string;
}

/** Opens the settings when `details` is a first install; does nothing otherwise. */
export async function openSettingsOnInstall(
  details: InstallDetails,
  openPage: (path: string) => Promise<unknown>,
): Promise<void> {
  if (details.reason === 'install') await openPage(SETTINGS_PATH);
}
