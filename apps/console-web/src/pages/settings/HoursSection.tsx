// /settings/hours: the weekly opening hours with breaks, and the holidays that close the whole day.
import type { SettingsResponse } from '@atrevete/console-api';
import { useApiData } from '../../ui/use-api-data';
import { HolidaysList } from './HolidaysList';
import { WeekForm } from './WeekForm';
import { ApiStatus } from '../../ui/api-status';

export function HoursSection() {
  const settings = useApiData<SettingsResponse>('/api/settings');
  return (
    <>
      <section aria-labelledby="hours-title">
        <h2 id="hours-title">Horario</h2>
        <ApiStatus of={settings} />
        {settings.data && <WeekForm week={settings.data.hours} />}
      </section>
      <section aria-labelledby="holidays-title">
        <h2 id="holidays-title">Festivos</h2>
        {settings.data && (
          <HolidaysList
            holidays={settings.data.holidays}
            onChanged={settings.reload}
          />
        )}
      </section>
    </>
  );
}
