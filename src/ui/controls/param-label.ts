/**
 * A parameter's title in the reader's language: the catalogues' `params` namespace holds titles by
 * `<template>:<param>`; the engine's English label is the fallback, so the engine stays free of languages and a
 * parameter without a translated title still reads.
 */
import type { Catalogue } from '../../i18n/messages/en';

export function paramLabel(templateId: string, key: string, fallback: string, messages: Catalogue): string {
  const titles: Readonly<Record<string, string | undefined>> = messages.params;
  return titles[`${templateId}:${key}`] ?? fallback;
}

/** The spec with its title in the reader's language (the same object when nothing changes). */
export function localizedSpec<S extends { readonly key: string; readonly label: string }>(
  templateId: string,
  spec: S,
  messages: Catalogue,
): S {
  const label = paramLabel(templateId, spec.key, spec.label, messages);
  return label === spec.label ? spec : { ...spec, label };
}
