/** The Reports screen: every report the register can produce, each made as a PDF on request. */
import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { snapshot } from '../../db/repos/register';
import { reportCatalogue, type ReportEntry } from './catalogue';
import { ReportDialog } from './ReportDialog';

export function ReportsPage() {
  const register = useLiveQuery(() => snapshot({ auditTrail: false }), []);
  const [open, setOpen] = useState<ReportEntry | null>(null);
  if (register === undefined) return <PageLoader label="Reading the register" />;
  return (
    <>
      <PageHeader
        title="Reports"
        description="PDFs made from the register as it is now. Each carries the register’s checksum on every page, so a printed copy can be matched to the data it came from."
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {reportCatalogue.map((entry) => {
          const titleId = `report-${entry.kind}`;
          const Icon = entry.icon;
          return (
            <Card
              key={entry.kind}
              withBorder
              component="article"
              aria-labelledby={titleId}
              padding="lg"
            >
              <Stack gap="xs" h="100%">
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" size="lg" aria-hidden>
                    <Icon size={20} />
                  </ThemeIcon>
                  <Title order={3} size="h4" id={titleId}>
                    {entry.title}
                  </Title>
                </Group>
                <Text size="sm">{entry.summary}</Text>
                <Text size="xs" c="dimmed">
                  For {entry.audience.charAt(0).toLowerCase() + entry.audience.slice(1)}
                </Text>
                <Group justify="flex-end" mt="auto">
                  <Button
                    variant="light"
                    leftSection={<IconFileTypePdf size={18} aria-hidden />}
                    onClick={() => setOpen(entry)}
                  >
                    Make PDF…
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
      {open === null ? null : (
        <ReportDialog entry={open} register={register} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
