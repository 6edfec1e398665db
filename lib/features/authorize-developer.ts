import { deepRoots, isRendered } from '../dom/deep';
import { fillAndHold } from '../dom/fill';
import { observeBatched } from '../dom/observe';
import { findAgreementBoxes, findDeveloperFields, findDeveloperOption } from '../seller-central/authorize-form';
import { isConsentUrl } from '../seller-central/consent';
import { isAuthorizePageUrl } from '../seller-central/urls';
import { developerFor, developerIdDigits, formatDeveloperId } from '../settings/schema';
import { attachNote, createPanel, highlight, type PanelContent } from '../ui/panel';
import type { Feature } from './types';

/** Values this script filled, kept across restarts of the feature so its own fills never count as the seller's. */
const filledByUs = new WeakMap<HTMLInputElement, string>();

export const authorizeDeveloper: Feature = {
  id: 'authorize-developer',
  runsOn: (url) => isAuthorizePageUrl(url) && !isConsentUrl(url),
  run({ region, settings, t, signal }) {
    const developer = developerFor(settings, region);
    const expectedId = formatDeveloperId(developer.id);
    const panel = createPanel(t, signal);
    const seen = new WeakSet<Element>();
    const state = { filled: false, kept: false, failed: false, mismatch: null as HTMLInputElement | null };
    let optionChosen = false;
    // During a look the panel is drawn once, at its end, however many fields the look handled.
    let looking = false;
    let redraw = false;

    const draw = () => {
      const content: PanelContent = { tone: 'success', lines: [] };
      if (state.filled) content.lines.push(t('authorize.filled', { name: developer.name, id: expectedId }));
      if (state.kept) content.lines.push(t('authorize.kept'));
      if (state.failed) {
        content.tone = 'error';
        content.lines.push(t('authorize.fillFailed'));
        content.rows = [
          { label: t('authorize.developerName'), value: developer.name },
          { label: t('authorize.developerId'), value: expectedId },
        ];
      }
      const wrong = state.mismatch;
      if (wrong) {
        content.tone = 'warn';
        content.lines.push(
          t('authorize.idMismatch', { found: wrong.value, name: developer.name, expected: expectedId }),
        );
        content.actions = [
          {
            label: t('authorize.fix', { expected: expectedId }),
            onClick: () => void fillAndHold(wrong, expectedId, { signal, onGiveUp: fail }),
          },
        ];
      }
      if (content.lines.length) panel.show(content);
    };
    const render = () => {
      if (looking) redraw = true;
      else draw();
    };
    const fail = () => {
      state.failed = true;
      render();
    };

    const checkId = (input: HTMLInputElement) => {
      const digits = developerIdDigits(input.value);
      const wrong = digits.length >= 12 && digits !== developerIdDigits(developer.id);
      if ((state.mismatch === input) === wrong) return;
      state.mismatch = wrong ? input : null;
      render();
    };

    const handleField = (input: HTMLInputElement, value: string, isId: boolean) => {
      if (seen.has(input)) return;
      seen.add(input);
      if (isId) {
        for (const type of ['input', 'change', 'blur']) input.addEventListener(type, () => checkId(input), { signal });
      }
      if (input.value.trim() && filledByUs.get(input) === input.value) {
        state.filled = true;
        if (isId) checkId(input);
        render();
        return;
      }
      if (input.value.trim()) {
        state.kept = true;
        if (isId) checkId(input);
        render();
        return;
      }
      state.filled = true;
      filledByUs.set(input, value);
      void fillAndHold(input, value, { signal, onGiveUp: fail }).then(() => isId && checkId(input));
      render();
    };

    const look = (forgetChanges: () => void) => {
      looking = true;
      try {
        scan(forgetChanges);
      } finally {
        looking = false;
      }
      if (redraw) {
        redraw = false;
        draw();
      }
    };
    // Everything is looked at before anything is changed: a change between two looks would make the
    // browser lay the page out again for the second one.
    const scan = (forgetChanges: () => void) => {
      const roots = deepRoots(document);
      const { name, id } = findDeveloperFields(roots);
      const nameShown = name !== null && isRendered(name);
      const idShown = id !== null && isRendered(id);
      const option = (name || id) && !nameShown && !idShown && !optionChosen ? findDeveloperOption(roots) : null;
      const boxes = findAgreementBoxes(roots).filter(({ box }) => !seen.has(box) && isRendered(box));

      if (option && !option.checked) {
        optionChosen = true;
        option.click(); // reveals the fields; a choice, not a submission
        // Pages reveal the fields as the choice is made: look again now and fill them in the frame the
        // choice is shown in; what the page changed for the choice needs no further look.
        forgetChanges();
        scan(forgetChanges);
        return;
      }
      if (name && nameShown) handleField(name, developer.name, false);
      if (id && idShown) handleField(id, expectedId, true);
      for (const { box, anchor } of boxes) {
        seen.add(box);
        highlight(anchor, signal);
        attachNote(anchor, t('agreements.note'), t.lang, signal);
      }
    };

    // The form's components may get their inputs only when their library arrives, on a page of any size.
    observeBatched(document.documentElement, look, signal, { lateComponentsOnBigPages: true });
  },
};
