/**
 * About and credits: what Yardstick is, where the data comes from, and what it does not do.
 */
export function About() {
  return (
    <details className="menu about">
      <summary>About</summary>
      <div className="menu-body">
        <p>
          <strong>Yardstick</strong> models the US and Chinese measures on AI as composable policies and
          shows, quarter by quarter, how many companies and deals each captures. &ldquo;Small yard, high
          fence&rdquo;: Yardstick measures the yard.
        </p>
        <p>
          Every number traces to a record with its source. Records marked{' '}
          <span className="modeled-tag">modeled</span> come from a seeded generator calibrated to published
          aggregates, not from deal-level data; the projection beyond the data&rsquo;s as-of date is modeled
          too.
        </p>
        <p>
          Model and training-compute data:{' '}
          <a href="https://epoch.ai/data/ai-models">Epoch AI, &lsquo;Data on AI Models&rsquo;</a> (CC BY 4.0).
          Organisation, deal and rule facts: the sources cited on each record.
        </p>
        <p>
          Runs entirely in your browser; works offline once loaded; sends nothing anywhere. This is a scenario
          tool, not legal advice.
        </p>
      </div>
    </details>
  );
}
