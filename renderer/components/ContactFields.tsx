/** A contact (name, email, phone, postal address) inside a larger form. */
import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldKit } from './fieldKit';
import type { Confirmable } from './fieldPaths';

export interface ContactFieldsProps<T extends Confirmable> {
  form: UseFormReturnType<T>;
  /** The record's field kit, which knows the four fields' labels and guidance. */
  kit: FieldKit<T>;
  /** Where the contact sits in the record, e.g. 'dpo.contact'. */
  prefix: string;
}

export function ContactFields<T extends Confirmable>({ form, kit, prefix }: ContactFieldsProps<T>) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <TextInput {...kit.fieldProps(form, `${prefix}.name`)} autoComplete="off" />
      <TextInput {...kit.fieldProps(form, `${prefix}.email`)} type="email" autoComplete="off" />
      <TextInput {...kit.fieldProps(form, `${prefix}.phone`)} type="tel" autoComplete="off" />
      <TextInput {...kit.fieldProps(form, `${prefix}.address`)} autoComplete="off" />
    </SimpleGrid>
  );
}
