/** The activity templates, as the picker and the editor use them. */
export {
  activityTemplates as templates,
  findActivityTemplate as findTemplate,
  type ActivityTemplate,
} from '../../../shared/templates/activity-templates';
