/** A date as YYYY-MM-DD or empty, entered by typing (DD/MM/YYYY) or from a calendar. */
import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange'> {
  value: string | null;
  onChange: (value: string | null) => void;
}

export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="DD/MM/YYYY"
      clearable
      clearButtonProps={{ 'aria-label': 'Clear the date' }}
      dateParser={(input) => {
        const parsed = dayjs(input.trim(), ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'], true);
        return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
      }}
      value={value}
      onChange={(next) => onChange(next ? dayjs(next).format('YYYY-MM-DD') : null)}
      {...rest}
    />
  );
}
