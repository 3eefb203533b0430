/**
 * One parameter's control, chosen by its kind: compute thresholds get the log-scale control; other numbers a
 * number box (shares a slider); booleans a checkbox; enums a select; country and choice lists their own inputs.
 */
import { memo, useEffect, useId, useState } from 'react';
import type { ParamSpec, ParamValue } from '../../engine';
import { formatShare, parseNumber } from '../format';
import { ParamHelp } from './help';
import { ThresholdControl } from './threshold-control';

interface Props {
  readonly spec: ParamSpec;
  readonly value: ParamValue;
  readonly onChange: (value: ParamValue) => void;
  /** log10 of every model's training compute, or null until the data's view arrives. */
  readonly modelLogs: readonly number[] | null;
  readonly colour: string;
  readonly chipIds: readonly string[];
}

function Head({ spec, htmlFor }: { spec: ParamSpec; htmlFor?: string }) {
  return (
    <div className="param-head">
      {htmlFor ? <label htmlFor={htmlFor}>{spec.label}</label> : <span className="label">{spec.label}</span>}
      <ParamHelp spec={spec} label={spec.label} />
    </div>
  );
}

function NumberControl({
  spec,
  value,
  onChange,
}: {
  spec: Extract<ParamSpec, { kind: 'number' }>;
  value: number;
  onChange: (v: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  const apply = () => {
    const v = parseNumber(text);
    if (!Number.isFinite(v) || v < spec.min || v > spec.max) {
      setError(`Between ${spec.min} and ${spec.max}`);
      return;
    }
    setError(null);
    onChange(v);
  };
  if (spec.unit === 'share') {
    return (
      <div className="param">
        <Head spec={spec} htmlFor={id} />
        <div className="threshold-row">
          <input
            id={id}
            type="range"
            min={spec.min}
            max={spec.max}
            step={0.01}
            value={value}
            aria-valuetext={formatShare(value)}
            onChange={(e) => onChange(Number(e.target.value))}
          />
          <output htmlFor={id}>{formatShare(value)}</output>
        </div>
      </div>
    );
  }
  return (
    <div className="param">
      <Head spec={spec} htmlFor={id} />
      <div className="threshold-row">
        <input
          id={id}
          className="num-input"
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error !== null}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
          onBlur={apply}
        />
        <span className="unit">{spec.unit}</span>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Parse a typed list: the values, or a message naming the bad entries. */
type ListParser = (entries: string[]) => { values: string[] } | { error: string };

const parseCountries: ListParser = (entries) => {
  const codes = entries.map((c) => c.toUpperCase());
  const bad = codes.filter((c) => !/^[A-Z]{2}$/.test(c));
  return bad.length ? { error: `Not a two-letter country code: ${bad.join(', ')}` } : { values: codes };
};

const parseIds: ListParser = (entries) => {
  const bad = entries.filter((e) => e.length > 200);
  return bad.length ? { error: 'An id is at most 200 characters' } : { values: [...new Set(entries)] };
};

/** A list typed as text, separated by commas, semicolons or spaces (country codes, deal ids). */
function ListControl({
  spec,
  value,
  onChange,
  parse,
}: {
  spec: ParamSpec;
  value: readonly string[];
  onChange: (v: string[]) => void;
  parse: ListParser;
}) {
  const id = useId();
  const [text, setText] = useState(value.join(', '));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value.join(', ')), [value]);
  const apply = () => {
    const parsed = parse(text.split(/[\s,;]+/).filter(Boolean));
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    onChange(parsed.values);
  };
  return (
    <div className="param">
      <Head spec={spec} htmlFor={id} />
      <input
        id={id}
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
        onBlur={apply}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function DatedChipsControl({
  spec,
  value,
  onChange,
  chipIds,
}: {
  spec: ParamSpec;
  value: readonly { chipId: string; from: string }[];
  onChange: (v: { chipId: string; from: string }[]) => void;
  chipIds: readonly string[];
}) {
  return (
    <fieldset className="param">
      <legend>
        {spec.label} <ParamHelp spec={spec} label={spec.label} />
      </legend>
      {value.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place; the position is their identity.
        <div className="dated-chip" key={i}>
          <select
            aria-label={`${spec.label}: chip ${i + 1}`}
            value={entry.chipId}
            onChange={(e) => onChange(value.map((v, j) => (j === i ? { ...v, chipId: e.target.value } : v)))}
          >
            {[...new Set([entry.chipId, ...chipIds])].map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <input
            type="date"
            aria-label={`${spec.label}: from (chip ${i + 1})`}
            value={entry.from}
            onChange={(e) =>
              e.target.value && onChange(value.map((v, j) => (j === i ? { ...v, from: e.target.value } : v)))
            }
          />
          <button
            type="button"
            className="icon"
            aria-label={`Remove ${entry.chipId} from ${spec.label}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => onChange([...value, { chipId: chipIds[0] ?? 'h20', from: '2026-01-01' }])}
      >
        Add a chip
      </button>
    </fieldset>
  );
}

/** A parameter's control; memoised: a card re-renders only the controls whose value or data changed. */
export const ParamControl = memo(function ParamControl({
  spec,
  value,
  onChange,
  modelLogs,
  colour,
  chipIds,
}: Props) {
  const id = useId();
  switch (spec.kind) {
    case 'number':
      if (spec.logScale && spec.unit === 'FLOP') {
        return (
          <ThresholdControl
            spec={spec}
            value={value as number}
            onChange={onChange}
            modelLogs={modelLogs}
            colour={colour}
          />
        );
      }
      return <NumberControl spec={spec} value={value as number} onChange={onChange} />;
    case 'boolean':
      return (
        <div className="param param-check">
          <input
            id={id}
            type="checkbox"
            checked={value as boolean}
            onChange={(e) => onChange(e.target.checked)}
          />
          <label htmlFor={id}>{spec.label}</label>
          <ParamHelp spec={spec} label={spec.label} />
        </div>
      );
    case 'enum':
      return (
        <div className="param">
          <Head spec={spec} htmlFor={id} />
          <select id={id} value={value as string} onChange={(e) => onChange(e.target.value)}>
            {spec.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      );
    case 'countries':
      return (
        <ListControl
          spec={spec}
          value={value as readonly string[]}
          onChange={onChange}
          parse={parseCountries}
        />
      );
    case 'ids':
      return (
        <ListControl spec={spec} value={value as readonly string[]} onChange={onChange} parse={parseIds} />
      );
    case 'choices':
      return (
        <fieldset className="param">
          <legend>
            {spec.label} <ParamHelp spec={spec} label={spec.label} />
          </legend>
          {spec.options.map((o) => {
            const list = value as readonly string[];
            return (
              <label key={o.value} className="choice">
                <input
                  type="checkbox"
                  checked={list.includes(o.value)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value))
                  }
                />
                {o.label}
              </label>
            );
          })}
        </fieldset>
      );
    case 'dated-chips':
      return (
        <DatedChipsControl
          spec={spec}
          value={value as readonly { chipId: string; from: string }[]}
          onChange={onChange}
          chipIds={chipIds}
        />
      );
  }
});
