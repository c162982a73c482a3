import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import '../../components/styles.css';
import { ask } from '../../lib/ui/ask';
import { applyLanguage } from '../../lib/ui/page-language';
import { useStatus } from '../../lib/ui/use-status';

function App() {
  const [status] = useStatus();
  return (
    <Popup
      status={status}
      onRescan={() => void ask({ type: 'scan' })}
      onCancel={() => void ask({ type: 'cancelScan' })}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

void applyLanguage().then(() => render(<App />, document.getElementById('root')!));
