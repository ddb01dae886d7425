// The "Estilista" choice of the agenda's forms: the given stylists, optionally "Cualquiera" (null) first.
import type { StylistView } from '@atrevete/console-api';
import { Field } from '../../ui/form-kit';

type Choice =
  /** Offers "Cualquiera" (null): the first stylist free gets it. */
  | { anyone: true; value: number | null; onChange(id: number | null): void }
  | { anyone?: false; value: number; onChange(id: number): void };

export function StylistField({
  id,
  stylists,
  ...choice
}: {
  id: string;
  stylists: Pick<StylistView, 'id' | 'name'>[];
} & Choice) {
  const choose = (value: string) => {
    if (choice.anyone) choice.onChange(value ? Number(value) : null);
    else if (value) choice.onChange(Number(value));
  };
  return (
    <Field id={id} label="Estilista">
      {(props) => (
        <select
          {...props}
          value={choice.value ?? ''}
          onChange={(e) => choose(e.target.value)}
        >
          {choice.anyone && <option value="">Cualquiera</option>}
          {stylists.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
