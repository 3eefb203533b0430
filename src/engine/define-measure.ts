/**
 * `defineMeasure`: how a measure module declares itself. Its parameters are one keyed object (`declareParams`),
 * each entry a parameter spec without its key (the key is its name), with its glossary terms, its chart line (if
 * it draws one) and its source; the type of the parameters a run hands the measure is inferred from it, so a
 * module writes no parameter type by hand and the registry lists templates without casts.
 */
import type { ParamSpec, Params } from './params';
import type { PolicyTemplate } from './policy';

type WithoutKey<T> = T extends unknown ? Omit<T, 'key'> : never;

/** A parameter as a measure declares it: a spec without its key. */
export type ParamDecl = WithoutKey<ParamSpec>;

/** The value type of one declared parameter. */
export type ValueOf<D> = D extends { readonly kind: 'number' }
  ? number
  : D extends { readonly kind: 'boolean' }
    ? boolean
    : D extends { readonly kind: 'enum'; readonly options: readonly { readonly value: infer V }[] }
      ? V
      : D extends { readonly kind: 'choices'; readonly options: readonly { readonly value: infer V }[] }
        ? readonly V[]
        : D extends { readonly kind: 'countries' | 'ids' }
          ? readonly string[]
          : D extends { readonly kind: 'dated-chips' }
            ? readonly { readonly chipId: string; readonly from: string }[]
            : never;

/** The parameters a run hands a measure, inferred from its declarations. */
export type ParamsOf<S extends Readonly<Record<string, ParamDecl>>> = {
  readonly [K in keyof S]: ValueOf<S[K]>;
};

/** Declare a measure's parameters (keeps literal option values, so enum parameters get their union type). */
export function declareParams<const S extends Readonly<Record<string, ParamDecl>>>(decls: S): S {
  return decls;
}

/** A measure as its module writes it: a template whose parameters are the keyed declarations. */
export type MeasureDefinition<S extends Readonly<Record<string, ParamDecl>>> = Omit<
  PolicyTemplate<ParamsOf<S>>,
  'params'
> & { readonly params: S };

/**
 * Turn a measure's definition into the template the registry lists: the keyed declarations become the ordered
 * list of specs (declaration order is the order of the controls). The engine resolves every run's parameters
 * against these specs (run.ts, `resolveParams`) before `prepare` sees them, which is what makes the inferred type
 * true.
 */
export function defineMeasure<S extends Readonly<Record<string, ParamDecl>>>(
  definition: MeasureDefinition<S>,
): PolicyTemplate<Params> {
  const params = Object.entries(definition.params).map(([key, decl]) => ({ key, ...decl }) as ParamSpec);
  const template: PolicyTemplate<ParamsOf<S>> = { ...definition, params };
  return template as PolicyTemplate<Params>;
}
