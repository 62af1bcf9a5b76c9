/** Settings' ICO spreadsheet section: export the register as the ICO's template, or import one. */
import { Button, Group, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconTableImport } from '@tabler/icons-react';
import { FormSection } from '../../components/FormSection';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useSpreadsheetExport } from './useSpreadsheetExport';

export function SpreadsheetSection() {
  const navigate = useGuardedNavigate();
  const { exporting, exportSpreadsheet } = useSpreadsheetExport();
  return (
    <FormSection
      id="ico-spreadsheet"
      title="ICO spreadsheet"
      intro="The ICO’s documentation template for controllers as an Excel workbook: your contact block, then one row per activity under the template’s 30 headings, and a sheet of third parties. Import adds activities from a spreadsheet laid out that way, or close to it."
    >
      <Group gap="sm">
        <Button
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          loading={exporting}
          onClick={() => void exportSpreadsheet()}
        >
          Export ICO spreadsheet (.xlsx)…
        </Button>
        <Button
          component="a"
          href={`#${paths.importSpreadsheet}`}
          variant="default"
          leftSection={<IconTableImport size={18} aria-hidden />}
          onClick={(event) => {
            event.preventDefault();
            navigate(paths.importSpreadsheet);
          }}
        >
          Import ICO spreadsheet…
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Importing adds to your register and replaces nothing; you check a preview first.
      </Text>
    </FormSection>
  );
}
