/**
 * What every Upcart form control must do as a native control does, run against each of them (as
 * Shoelace's `runFormControlBaseTests` does): form association, `name=value` in FormData, a
 * disabled fieldset, reset, validity, custom states, and no throw where ElementInternals is
 * missing (happy-dom) or partial (jsdom).
 */
import { expect } from '@open-wc/testing';

/** The part of a form control these tests use. */
type Control = HTMLElement & {
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  required: boolean;
  checkValidity(): boolean;
  readonly updateComplete: Promise<boolean>;
};

export interface FormControlSetup<T extends Control> {
  /** The `name` the control is rendered with, and the value it submits at first. */
  readonly name: string;
  readonly value: string;
  /** A form with the control, holding `value`, inside a `<fieldset>`. */
  create(): Promise<{ form: HTMLFormElement; control: T }>;
  /** Changes the value as the buyer would; answers the value it submits then. */
  change(control: T): Promise<string>;
  /** A form with the control `required` and holding no value. */
  createInvalid(): Promise<{ form: HTMLFormElement; control: T }>;
  /** A custom state the control sets, and how to bring it about. */
  readonly customState?: { readonly name: string; reach(control: T): Promise<void> };
}

export function runFormControlTests<T extends Control>(tag: string, setup: FormControlSetup<T>): void {
  describe(`<${tag}> as a form control`, () => {
    it('is form-associated', async () => {
      const { form, control } = await setup.create();
      expect((control.constructor as { formAssociated?: boolean }).formAssociated).to.equal(true);
      expect(control.form).to.equal(form);
      expect(control.willValidate).to.equal(true);
    });

    it('submits name=value with the form', async () => {
      const { form } = await setup.create();
      expect(new FormData(form).get(setup.name)).to.equal(setup.value);
    });

    it('is off in a disabled fieldset, and out of the form data', async () => {
      const { form, control } = await setup.create();
      const fieldset = form.querySelector('fieldset')!;
      fieldset.disabled = true;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.equal(true);
      expect(control.willValidate).to.equal(false);
      expect(new FormData(form).has(setup.name)).to.equal(false);
      fieldset.disabled = false;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.equal(false);
      expect(new FormData(form).get(setup.name)).to.equal(setup.value);
    });

    it('goes back to its first value when the form is reset', async () => {
      const { form, control } = await setup.create();
      const changed = await setup.change(control);
      expect(changed).to.not.equal(setup.value);
      expect(new FormData(form).get(setup.name)).to.equal(changed);
      form.reset();
      await control.updateComplete;
      expect(new FormData(form).get(setup.name)).to.equal(setup.value);
    });

    it('is invalid when required and empty, with a message, and valid once not required', async () => {
      const { form, control } = await setup.createInvalid();
      expect(control.checkValidity()).to.equal(false);
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).has(setup.name)).to.equal(false);
      control.required = false;
      await control.updateComplete;
      expect(control.checkValidity()).to.equal(true);
      expect(control.validity.valid).to.equal(true);
    });

    if (setup.customState) {
      const { name, reach } = setup.customState;
      it(`shows :state(${name}) for CSS`, async () => {
        const { control } = await setup.create();
        expect(control.matches(`:state(${name})`)).to.equal(false);
        await reach(control);
        expect(control.matches(`:state(${name})`)).to.equal(true);
      });
    }

    for (const [environment, internals] of [
      ['without ElementInternals (happy-dom)', undefined],
      ['with ElementInternals that cannot set a form value (jsdom)', () => ({}) as ElementInternals],
    ] as const) {
      it(`works ${environment}`, async () => {
        const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'attachInternals')!;
        Object.defineProperty(HTMLElement.prototype, 'attachInternals', { configurable: true, writable: true, value: internals });
        try {
          const { control } = await setup.create();
          expect(await control.updateComplete).to.equal(true);
          expect(control.form).to.equal(null);
          expect(control.checkValidity()).to.equal(true);
        } finally {
          Object.defineProperty(HTMLElement.prototype, 'attachInternals', original);
        }
      });
    }
  });
}
