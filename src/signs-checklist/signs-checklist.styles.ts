import {css} from 'lit';

export const styles = css`
  .card {
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }
  ul {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  label {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-block-size: 44px;
    padding: 0.5rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  label span {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  input {
    flex: none;
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .status {
    font-weight: 700;
  }
  .result {
    margin-block-start: 1rem;
    padding-block: 0.25rem;
    padding-inline-start: 1rem;
    border-inline-start: 6px solid var(--_accent);
  }
  [part='contacts'] {
    margin-block-end: 1rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button {
    padding: 0.5rem 1rem;
    border: 2px solid var(--_button);
    border-radius: var(--_radius);
    background: var(--_button);
    color: var(--_button-text);
  }
  .clear {
    border-color: currentColor;
    background: transparent;
    color: inherit;
  }
  .printed {
    display: none;
  }
  @media print {
    .card {
      padding: 0;
      border: 0;
    }
    button,
    input,
    .intro,
    [part='group']:not(:has(:checked)),
    [part='item']:not(:has(:checked)) {
      display: none;
    }
    .printed {
      display: block;
    }
    [part='list'] {
      list-style: disc;
      padding-inline-start: 1.25rem;
    }
    label {
      display: block;
      min-block-size: 0;
      padding: 0;
    }
    .result {
      border: 0;
      padding: 0;
    }
  }
  @media (forced-colors: active) {
    .card,
    .clear {
      border-color: CanvasText;
    }
    .result {
      border-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
