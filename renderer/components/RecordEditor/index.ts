/** The scaffolding of a page that edits one record: its form, its save, its layout. */
export { EditorFrame, type EditorFrameProps } from './EditorFrame';
export { RecordEditor, type RecordEditorProps } from './RecordEditor';
export { useRecordForm, type StoredRecord } from './useRecordForm';
export { useRecordSave, type RecordSave, type RecordSaveOptions } from './useRecordSave';
