// Recognises the authorize-developer form by the meaning of its fields (names, ids, labels in several
// languages, aria), not by one layout: Seller Central serves classic, Katal and SPA variants at once.
import { type DeepRoots, deepQueryAll, shadowHost } from '../dom/deep';
import { controlLabel, controlNames } from './labels';

const TEXT_INPUTS = 'input:not([type]), input[type=text], input[type=search], input[type=tel], input[type=number]';

// Attribute names seen in public automation scripts and integrator links (seller-central.md §2).
const NAME_ATTR = /^(developername|developer_name|developer-name|applicationname|devname)$/;
const ID_ATTR = /^(devmwsaccountid|appdevmwsaccountid|developerid|developer_id|developer-id|devid)$/;

const NAME_LABEL = new RegExp(
  [
    "developer(?:'|’)?s name",
    'developer name',
    'name of the developer',
    'nome (?:dello )?sviluppatore',
    'name des entwicklers',
    'entwicklername',
    'nom du développeur',
    'nombre del desarrollador',
    'naam van de ontwikkelaar',
    '開発者名',
  ].join('|'),
);
const ID_LABEL = new RegExp(
  [
    'developer (?:id|account number)',
    'id (?:dello )?sviluppatore',
    'entwickler-?id',
    'numéro de compte du développeur',
    'id du développeur',
    'id del desarrollador',
    'ontwikkelaars-?id',
    '開発者id',
  ].join('|'),
);
const DEVELOPER_ACCESS = new RegExp(
  [
    'give a developer access',
    'concedere a uno sviluppatore',
    'entwickler.{0,40}zugriff',
    'donner à un développeur',
    'acceso a un desarrollador',
    'ontwikkelaar toegang',
    '開発者に',
  ].join('|'),
);
const AGREEMENT_NAMES = /^(agreecheckbox|understandcheckbox)$/;
const AGREEMENT_LABEL = new RegExp(
  [
    'license agreement',
    'contratto di licenza',
    'lizenzvereinbarung',
    'contrat de licence',
    'contrato de licencia',
    'licentieovereenkomst',
    'ライセンス契約',
    'responsibility',
    'responsabilità',
    'verantwortung',
    'responsabilité',
    'responsabilidad',
    'verantwoordelijkheid',
    '責任',
  ].join('|'),
);

export interface DeveloperFields {
  name: HTMLInputElement | null;
  id: HTMLInputElement | null;
}

function classify(input: HTMLInputElement): 'name' | 'id' | null {
  const names = controlNames(input);
  if (names.some((n) => NAME_ATTR.test(n))) return 'name';
  if (names.some((n) => ID_ATTR.test(n))) return 'id';
  const label = controlLabel(input);
  if (ID_LABEL.test(label)) return 'id';
  if (NAME_LABEL.test(label)) return 'name';
  return null;
}

export function findDeveloperFields(root: ParentNode | DeepRoots = document): DeveloperFields {
  const fields: DeveloperFields = { name: null, id: null };
  for (const input of deepQueryAll<HTMLInputElement>(root, TEXT_INPUTS)) {
    if (input.readOnly || input.disabled) continue;
    const kind = classify(input);
    if (kind && !fields[kind]) fields[kind] = input;
  }
  return fields;
}

/** The "give a developer access" choice of the older three-option form, if there is one. */
export function findDeveloperOption(root: ParentNode | DeepRoots = document): HTMLInputElement | null {
  for (const radio of deepQueryAll<HTMLInputElement>(root, 'input[type=radio]')) {
    if (radio.value.toLowerCase() === 'developer' || DEVELOPER_ACCESS.test(controlLabel(radio))) return radio;
  }
  return null;
}

/** The agreements the seller must accept personally; the element to highlight for each. */
export function findAgreementBoxes(
  root: ParentNode | DeepRoots = document,
): { box: HTMLInputElement; anchor: HTMLElement }[] {
  return deepQueryAll<HTMLInputElement>(root, 'input[type=checkbox]')
    .filter((box) => controlNames(box).some((n) => AGREEMENT_NAMES.test(n)) || AGREEMENT_LABEL.test(controlLabel(box)))
    .map((box) => ({ box, anchor: (shadowHost(box) ?? box.closest('label') ?? box) as HTMLElement }));
}
