/**
 * Mount only. The interface lands with the simulator issue; until then the page says what Yardstick is.
 */
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '3rem auto', lineHeight: 1.5 }}>
      <h1>Yardstick</h1>
      <p>
        Model the US and Chinese measures on AI as composable policies and see, quarter by quarter, how many companies and
        deals each captures. The interface is being built; the engine runs today from the command line:
      </p>
      <pre>npm run simulate -- --scenario scenarios/april-2026-escalation.json --dataset test/fixtures/small-dataset.json</pre>
    </main>,
  );
}
