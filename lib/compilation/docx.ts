import "server-only";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { STANCES } from "@/lib/domain-values";
import { countryName } from "@/lib/geo/countries";
import { directionOf } from "@/lib/i18n/locales";
import type { QuotableComment } from "@/lib/synthesis/queries";
import { attributionParts } from "./attribution";
import type { Compilation } from "./data";
import { formatDay, periodText, regionLabel, totalRows, type Translate } from "./labels";
import { markdownParagraphs } from "./markdown-docx";

/**
 * The compilation as a Word document. Headings and labels are in the chosen language; comments
 * are as written, each laid out in its own direction. In Arabic every paragraph and table runs
 * right to left.
 */
export async function compilationDocx(compilation: Compilation, t: Translate, locale: string): Promise<Buffer> {
  const rtl = directionOf(locale) === "rtl";
  const text = (value: string, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: value, rightToLeft: rtl, ...style });
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
    new Paragraph({ heading: level, children: [text(value)], bidirectional: rtl, pageBreakBefore });
  const para = (value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ children: [text(value, style)], bidirectional: rtl, spacing: { after: 120 } });

  const table = (caption: string, headers: string[], rows: (string | number)[][]) => [
    para(caption, { bold: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl,
      rows: [
        new TableRow({
          tableHeader: true,
          children: headers.map((h) => new TableCell({ children: [new Paragraph({ children: [text(h, { bold: true })], bidirectional: rtl })] })),
        }),
        ...rows.map(
          (row) =>
            new TableRow({
              children: row.map(
                (cell) =>
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: [text(String(cell))],
                        bidirectional: rtl,
                        alignment: typeof cell === "number" ? AlignmentType.END : AlignmentType.START,
                      }),
                    ],
                  }),
              ),
            }),
        ),
      ],
    }),
    para(""),
  ];

  const attribution = (comment: QuotableComment) =>
    attributionParts(comment.author, t(`stakeholderGroups.${comment.author.stakeholderGroup}`), countryName(comment.author.country, locale)).join(" · ");
  const commentParagraphs = (comment: QuotableComment, indent: boolean) => [
    ...markdownParagraphs(comment.body, { rightToLeft: directionOf(comment.locale) === "rtl", indent }),
    para(`— ${attribution(comment)}`, { italics: true }),
  ];

  const cover = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(t("compilation.title"))], bidirectional: rtl }),
    para(compilation.consultation.title, { bold: true }),
    para(periodText(t, compilation.consultation, locale)),
    para(t("compilation.generated", { date: formatDay(compilation.generatedAt, locale) })),
    heading(t("compilation.methodHeading"), HeadingLevel.HEADING_1),
    para(t("compilation.methodText")),
    ...table(t("compilation.totalsCaption"), [t("compilation.measure"), t("compilation.number")], totalRows(t, compilation.totals)),
    ...table(
      t("compilation.byGroupCaption"),
      [t("compilation.group"), t("compilation.comments"), t("compilation.participants")],
      compilation.byGroup.map((g) => [t(`stakeholderGroups.${g.group}`), g.comments, g.participants]),
    ),
    ...table(
      t("compilation.byRegionCaption"),
      [t("compilation.region"), t("compilation.comments"), t("compilation.participants")],
      compilation.byRegion.map((r) => [regionLabel(t, r.region), r.comments, r.participants]),
    ),
  ];

  const objectiveSections = compilation.objectives.flatMap((objective) => [
    heading(t("compilation.objectiveHeading", { number: objective.number, title: objective.title }), HeadingLevel.HEADING_1, true),
    heading(t("compilation.countsHeading"), HeadingLevel.HEADING_2),
    ...(objective.total === 0
      ? [para(t("compilation.noComments"))]
      : table(
          t("compilation.countsCaption", { number: objective.number }),
          [t("compilation.group"), ...STANCES.map((s) => t(`stances.${s}`)), t("compilation.total")],
          objective.byGroupStance.map((g) => [t(`stakeholderGroups.${g.group}`), ...STANCES.map((s) => g.byStance[s] ?? 0), g.total]),
        )),
    heading(t("compilation.synthesisHeading"), HeadingLevel.HEADING_2),
    ...(objective.synthesis.trim()
      ? markdownParagraphs(objective.synthesis, { rightToLeft: rtl })
      : [para(t("compilation.noSynthesis"), { italics: true })]),
    heading(t("compilation.quotesHeading"), HeadingLevel.HEADING_2),
    ...(objective.quotes.length === 0
      ? [para(t("compilation.noQuotes"), { italics: true })]
      : objective.quotes.flatMap((quote) => commentParagraphs(quote, true))),
    heading(t("compilation.officialHeading"), HeadingLevel.HEADING_2),
    ...(objective.officialPositions.length === 0
      ? [para(t("compilation.noOfficial"), { italics: true })]
      : objective.officialPositions.flatMap((position) => [
          para(countryName(position.author.country, locale), { bold: true }),
          ...commentParagraphs(position, false),
        ])),
  ]);

  const annex = compilation.withAnnex
    ? [
        heading(t("compilation.annexHeading"), HeadingLevel.HEADING_1, true),
        ...compilation.objectives.flatMap((objective) => [
          heading(t("compilation.objectiveHeading", { number: objective.number, title: objective.title }), HeadingLevel.HEADING_2),
          ...(objective.annex.length === 0
            ? [para(t("compilation.noComments"), { italics: true })]
            : objective.annex.flatMap((comment) => commentParagraphs(comment, false))),
        ]),
      ]
    : [];

  const document = new Document({
    creator: compilation.consultation.title,
    title: `${t("compilation.title")} — ${compilation.consultation.title}`,
    styles: { default: { document: { run: { font: "Calibri" } } } },
    sections: [{ children: [...cover, ...objectiveSections, ...annex] }],
  });
  return Packer.toBuffer(document);
}
