import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ModelRegulationStart as ModelRegulationStart_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { CaseOverview as CaseOverview_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { RegulationChoiceField as RegulationChoiceField_271ac58c9d74413dd408cb3c3152d105 } from 'payload-plugin-complaints/client'
import { DeadlineCell as DeadlineCell_271ac58c9d74413dd408cb3c3152d105 } from 'payload-plugin-complaints/client'
import { LocalizedNotesField as LocalizedNotesField_271ac58c9d74413dd408cb3c3152d105 } from 'payload-plugin-complaints/client'
import { ComplaintListActions as ComplaintListActions_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { LetterPrintLink as LetterPrintLink_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { NoticeHandout as NoticeHandout_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { ReportNavLinks as ReportNavLinks_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { RecordComplaintLink as RecordComplaintLink_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { OverdueDashboardBlock as OverdueDashboardBlock_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { OverdueView as OverdueView_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { ReportView as ReportView_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { ReportPrintView as ReportPrintView_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { PartyReportView as PartyReportView_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { PartyReportPrintView as PartyReportPrintView_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { RecordComplaintView as RecordComplaintView_833b055e5507f56ab65687f729d48a8e } from 'payload-plugin-complaints/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "payload-plugin-complaints/rsc#ModelRegulationStart": ModelRegulationStart_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#CaseOverview": CaseOverview_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/client#RegulationChoiceField": RegulationChoiceField_271ac58c9d74413dd408cb3c3152d105,
  "payload-plugin-complaints/client#DeadlineCell": DeadlineCell_271ac58c9d74413dd408cb3c3152d105,
  "payload-plugin-complaints/client#LocalizedNotesField": LocalizedNotesField_271ac58c9d74413dd408cb3c3152d105,
  "payload-plugin-complaints/rsc#ComplaintListActions": ComplaintListActions_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#LetterPrintLink": LetterPrintLink_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#NoticeHandout": NoticeHandout_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#ReportNavLinks": ReportNavLinks_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#RecordComplaintLink": RecordComplaintLink_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#OverdueDashboardBlock": OverdueDashboardBlock_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#OverdueView": OverdueView_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#ReportView": ReportView_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#ReportPrintView": ReportPrintView_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#PartyReportView": PartyReportView_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#PartyReportPrintView": PartyReportPrintView_833b055e5507f56ab65687f729d48a8e,
  "payload-plugin-complaints/rsc#RecordComplaintView": RecordComplaintView_833b055e5507f56ab65687f729d48a8e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
