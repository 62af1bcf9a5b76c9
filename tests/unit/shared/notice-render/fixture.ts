/** Hand-made notices for the renderer tests: realistic wording, and text that must be escaped. */
import type { NoticeDocument } from '../../../../shared/domain/notice';

export const konnectNotice = (): NoticeDocument => ({
  title: 'Privacy notice',
  organisationName: 'Konnect Communities C.I.C.',
  audienceName: 'Clients',
  lastUpdated: '2021-11-02',
  introduction: [
    {
      kind: 'paragraph',
      text: 'This notice explains what personal data we collect about you when you are a client of ours, why we need it, who we share it with and the rights you have. We review it whenever what we do with your data changes.',
    },
  ],
  sections: [
    {
      id: 'who-we-are',
      title: 'Who we are and how to contact us',
      blocks: [
        {
          kind: 'paragraph',
          text: 'We are Konnect Communities C.I.C., a community interest company registered in England (company number 08896465), 10 Cormorant Drive, St. Austell, PL25 3BA. We are registered with the Information Commissioner’s Office as a data controller (ZA065060).',
        },
        {
          kind: 'paragraph',
          text: 'Telephone: 01736 339277\nEmail: info@konnect-communities.co.uk',
        },
      ],
    },
    {
      id: 'what-we-collect',
      title: 'What we collect and why',
      blocks: [
        { kind: 'subheading', text: 'When you become a client' },
        {
          kind: 'paragraph',
          text: 'We collect your name, email address, postal address and telephone number so that you can benefit from our services.',
        },
        {
          kind: 'list',
          items: [
            'Name and contact details',
            'Notes of the support we give you',
            'Equality monitoring information, only if you choose to give it',
          ],
        },
        { kind: 'subheading', text: 'When you send us an enquiry' },
        {
          kind: 'paragraph',
          text: 'We answer your enquiry and keep the correspondence.',
        },
      ],
    },
    {
      id: 'retention',
      title: 'How long we keep it',
      blocks: [
        {
          kind: 'list',
          items: [
            'Records of purchases: 7 years after the end of the financial year, as HMRC requires; paper records are shredded.',
            'Enquiries: 12 months after the last message.',
          ],
        },
      ],
    },
    {
      id: 'complaints',
      title: 'Complaints',
      blocks: [
        {
          kind: 'paragraph',
          text: 'You can complain to the Information Commissioner’s Office at https://ico.org.uk/make-a-complaint or on 0303 123 1113.',
        },
      ],
    },
  ],
});

/** Every text field carries markup that must come out as text. */
export const hostileNotice = (): NoticeDocument => ({
  title: 'Notice <script>alert(1)</script> & more',
  organisationName: 'Smith & Jones <Ltd>',
  audienceName: 'Friends & "family"',
  lastUpdated: '2026-06-19',
  introduction: [
    { kind: 'paragraph', text: "Fish & chips <b>bold</b> 'quoted' &amp; # not a heading" },
  ],
  sections: [
    {
      id: 'sharing',
      title: 'Sharing <img src=x onerror=alert(1)>',
      blocks: [
        { kind: 'subheading', text: 'Sub <i>heading</i> & co' },
        { kind: 'list', items: ['<script>steal()</script>', 'A & B', '*not emphasis* and _this_'] },
        {
          kind: 'paragraph',
          text: '# looks like a heading\n- looks like a list\n1. looks numbered',
        },
      ],
    },
  ],
});
