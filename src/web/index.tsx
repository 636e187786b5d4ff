import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { initialLang } from './page-lang';
import { browserStore } from './page-store';
import { WorkerClient } from './worker-client';

/** The page's entry: starts the worker from its inlined source and mounts the page, unless the guard said no. */
const unsupported = (window as { quotaCheckUnsupported?: boolean }).quotaCheckUnsupported === true;
const root = document.getElementById('root');
const source = document.getElementById('quota-check-worker')?.textContent;
if (!unsupported && root && source) {
  createRoot(root).render(
    <App
      client={new WorkerClient(source)}
      store={browserStore()}
      initialLang={initialLang(navigator.language)}
    />,
  );
}
