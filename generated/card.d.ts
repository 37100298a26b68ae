/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/card/ (every file) by json-schema-to-typescript
 * Regenerate: npm run generate
 */

/**
 * A message card (消息卡片) in either dialect: "schema": "2.0" makes it a JSON 2.0 card (card.v2); without it (or with "1.0") it is a JSON 1.0 card (card.v1).
 */
export type Card = CardV2 | CardV1;
export type CardConfigV2 = CardConfig;
/**
 * A text object: plain_text or lark_md.
 */
export type CardText = CardPlainText | CardLarkMd;
/**
 * heading-0…heading-4, heading, normal, notation, xxxx-large…x-small, or a name declared in config.style.text_size. Unknown values render as normal (documented), and an official example uses the undeclared normal_v2: open.
 */
export type CardTextSize = string;
/**
 * A colour: default, white, bg-white, a hue (blue carmine green grey indigo lime orange purple red sunflower turquoise violet wathet yellow) optionally with a shade -50…-900, or a custom name declared in config.style.color. Official examples also use light_grey, so any string is accepted.
 */
export type CardColor = string;
/**
 * Unique id of the component in the card (2.0): letters, digits and underscores, starting with a letter, at most 20 characters (^[A-Za-z][A-Za-z0-9_]{0,19}$). Checked in 2.0 cards, ignored in 1.0 (unknown properties are ignored there).
 */
export type CardElementId = string;
/**
 * A size, spacing, margin or width: a keyword of the field, or pixel values such as "8px" or "4px 12px". Open: official 2.0 examples use "default" and "".
 */
export type CardSize = string;
/**
 * Any 2.0 component, selected by tag (a discriminated union: only the component its tag names is checked).
 */
export type CardElementV2 =
  | CardColumnSetV2
  | CardFormV2
  | CardInteractiveContainerV2
  | CardCollapsiblePanelV2
  | CardDiv
  | CardMarkdown
  | CardImage
  | CardImageCombination
  | CardPerson
  | CardPersonList
  | CardChart
  | CardTable
  | CardDivider
  | CardAudio
  | CardButton
  | CardOverflow
  | CardInput
  | CardSelectStatic
  | CardMultiSelectStatic
  | CardSelectPerson
  | CardMultiSelectPerson
  | CardDatePicker
  | CardTimePicker
  | CardDateTimePicker
  | CardSelectImage
  | CardChecker
  | CardColumnV2
  | CardRepeatV2;
export type CardColumnSetV2 = CardColumnSetFields & {
  tag: "column_set";
  /**
   * Columns (tag column).
   */
  columns?: CardColumnV2[];
};
export type CardColumnV2 = CardColumnFields & {
  elements?: CardElementV2[];
  tag: "column";
};
/**
 * Interactions of the component (2.0, also current 1.0). open_url and callback may coexist.
 */
export type CardBehaviors = CardBehavior[];
export type CardFormV2 = CardFormFields & {
  tag: "form";
  elements?: CardElementV2[];
};
export type CardInteractiveContainerV2 = CardInteractiveContainerFields & {
  tag: "interactive_container";
  elements?: CardElementV2[];
};
export type CardCollapsiblePanelV2 = CardCollapsiblePanelFields & {
  tag: "collapsible_panel";
  elements?: CardElementV2[];
};
export type CardRepeatV2 = CardRepeatFields & {
  tag: "repeat";
  elements?: CardElementV2[];
};
/**
 * Any 1.0 component, selected by tag (a discriminated union: only the component its tag names is checked).
 */
export type CardElementV1 =
  | CardColumnSetV1
  | CardFormV1
  | CardInteractiveContainerV1
  | CardCollapsiblePanelV1
  | CardDivV1
  | CardMarkdown
  | CardImage
  | CardImageCombination
  | CardPerson
  | CardPersonList
  | CardChart
  | CardTable
  | CardDivider
  | CardButton
  | CardOverflow
  | CardInput
  | CardSelectStatic
  | CardMultiSelectStatic
  | CardSelectPerson
  | CardMultiSelectPerson
  | CardDatePicker
  | CardTimePicker
  | CardDateTimePicker
  | CardSelectImage
  | CardChecker
  | CardColumnV1
  | CardRepeatV1
  | CardActionV1
  | CardNoteFields;
export type CardColumnSetV1 = CardColumnSetFields & {
  tag: "column_set";
  /**
   * Columns (tag column).
   */
  columns?: CardColumnV1[];
};
export type CardColumnV1 = CardColumnFields & {
  elements?: CardElementV1[];
  tag: "column";
};
export type CardFormV1 = CardFormFields & {
  tag: "form";
  elements?: CardElementV1[];
};
export type CardInteractiveContainerV1 = CardInteractiveContainerFields & {
  tag: "interactive_container";
  elements?: CardElementV1[];
};
export type CardCollapsiblePanelV1 = CardCollapsiblePanelFields & {
  tag: "collapsible_panel";
  elements?: CardElementV1[];
};
export type CardDivV1 = CardDiv & {
  tag: "div";
};
export type CardRepeatV1 = CardRepeatFields & {
  tag: "repeat";
  elements?: CardElementV1[];
};
export type CardActionV1 = CardActionFields & {
  tag: "action";
  actions?: CardElementV1[];
};

export interface CardSchemas {
  card?: Card;
  "card.v1"?: CardV1;
  "card.v2"?: CardV2;
}
/**
 * Card JSON 2.0 (卡片 JSON 2.0): "schema": "2.0" and body.elements. The root and body are closed (unknown properties are errors in 2.0); inside components the schema stays open, because official examples carry properties the field tables omit. Needs Feishu ≥ 7.20.
 */
export interface CardV2 {
  /**
   * Declares JSON 2.0 (must be explicit).
   */
  schema: "2.0";
  config?: CardConfigV2;
  card_link?: CardLink;
  header?: CardHeader;
  body?: CardBodyV2;
  /**
   * Header per locale. Not among the documented 2.0 root keys, but an official 2.0 example (column-set) carries it: tolerated.
   */
  i18n_header?: {
    [k: string]: CardHeader | undefined;
  };
  /**
   * Documented as unsupported in 2.0 ("暂不支持"), yet the official 2.0 sample shows "fallback": {}: tolerated.
   */
  fallback?: {};
}
/**
 * Global behaviour of the card (config). Open: the 1.0 root ignores unknown keys and the 2.0 config keys are not all documented.
 */
export interface CardConfig {
  /**
   * Whether the card may be forwarded (default true).
   */
  enable_forward?: boolean;
  /**
   * Shared card: an update shows for every recipient. 1.0 default false; 2.0 supports only true.
   */
  update_multi?: boolean;
  /**
   * default (≤600px), compact (400px) or fill.
   */
  width_mode?: string;
  /**
   * Deprecated: width_mode wins.
   */
  compact_width?: boolean;
  /**
   * Deprecated 1.0 flag (replaced by width_mode). In 2.0 sources disagree whether it is ignored or rejected; accepted here (reference §6).
   */
  wide_screen_mode?: boolean;
  /**
   * Use the card's own translations.
   */
  use_custom_translation?: boolean;
  /**
   * Interactions still work on forwarded cards.
   */
  enable_forward_interaction?: boolean;
  /**
   * Custom text sizes {text_size: {name: {default, pc, mobile}}} and colours {color: {name: {light_mode, dark_mode}}} that components may name.
   */
  style?: {
    text_size?: {};
    color?: {};
  };
  /**
   * 2.0: only these locales take effect.
   */
  locales?: string[];
  /**
   * Chat-list preview text {content, i18n_content}.
   */
  summary?: {
    content?: string;
    i18n_content?: CardI18NContent;
  };
  /**
   * 2.0: streaming updates (default false).
   */
  streaming_mode?: boolean;
  /**
   * 2.0: print_frequency_ms, print_step, print_strategy (fast/delay).
   */
  streaming_config?: {};
}
/**
 * Text per locale (zh_cn, en_us, ja_jp, …): 局部多语言.
 */
export interface CardI18NContent {
  [k: string]: string | undefined;
}
/**
 * Where a click on the whole card goes (card_link).
 */
export interface CardLink {
  /**
   * Default link (wins over the platform links).
   */
  url?: string;
  /**
   * Link on desktop.
   */
  pc_url?: string;
  /**
   * Link on iOS.
   */
  ios_url?: string;
  /**
   * Link on Android.
   */
  android_url?: string;
}
/**
 * The title component (标题组件): root `header`, not an element. A subtitle-only header renders as title, so title is not required (reference §6).
 */
export interface CardHeader {
  title?: CardText;
  subtitle?: CardText;
  /**
   * Header colour theme. The SDK typings omit "default"; the current pages list it.
   */
  template?:
    | "blue"
    | "wathet"
    | "turquoise"
    | "green"
    | "yellow"
    | "orange"
    | "red"
    | "carmine"
    | "violet"
    | "purple"
    | "indigo"
    | "grey"
    | "default";
  /**
   * Suffix tags (first 3 shown).
   */
  text_tag_list?: CardTextTag[];
  /**
   * text_tag_list per locale.
   */
  i18n_text_tag_list?: {
    [k: string]: CardTextTag[] | undefined;
  };
  icon?: CardIcon;
  ud_icon?: CardIcon;
  padding?: CardSize;
}
/**
 * Plain text (plain_text).
 */
export interface CardPlainText {
  tag: "plain_text";
  /**
   * The text.
   */
  content?: string;
  i18n_content?: CardI18NContent;
  /**
   * Lines shown before the text is cut.
   */
  lines?: number;
  text_size?: CardTextSize;
  text_color?: CardColor;
  /**
   * left, center or right.
   */
  text_align?: string;
  element_id?: CardElementId;
}
/**
 * Limited Markdown (lark_md).
 */
export interface CardLarkMd {
  tag: "lark_md";
  /**
   * The Markdown text.
   */
  content?: string;
  i18n_content?: CardI18NContent;
  /**
   * Lines shown before the text is cut.
   */
  lines?: number;
  text_size?: CardTextSize;
  text_color?: CardColor;
  /**
   * left, center or right.
   */
  text_align?: string;
  /**
   * 1.0: URLs per variable for [text]($var) links.
   */
  href?: {};
  element_id?: CardElementId;
}
/**
 * A header suffix tag.
 */
export interface CardTextTag {
  tag: "text_tag";
  text?: CardPlainText;
  color?: CardColor;
  element_id?: CardElementId;
}
/**
 * Icon object: {tag: "standard_icon", token} from the icon library, or {tag: "custom_icon", img_key}. The 1.0 header uses {img_key} without a tag; one shape covers both.
 */
export interface CardIcon {
  /**
   * standard_icon or custom_icon.
   */
  tag?: "standard_icon" | "custom_icon";
  /**
   * Icon library token (standard_icon); open: the library grows.
   */
  token?: string;
  /**
   * Image key (custom_icon).
   */
  img_key?: string;
  color?: CardColor;
  /**
   * "W H" in px, e.g. "16px 16px".
   */
  size?: string;
  /**
   * 1.0 ud_icon style {color}.
   */
  style?: {
    color?: CardColor;
  };
}
/**
 * The 2.0 card body: the components and their layout. Closed: an unknown key earns 230099/200621.
 */
export interface CardBodyV2 {
  /**
   * The components, in order.
   */
  elements?: CardElementV2[];
  /**
   * Child flow: vertical (default) or horizontal (2.0).
   */
  direction?: string;
  horizontal_spacing?: CardSize;
  vertical_spacing?: CardSize;
  /**
   * left, center or right.
   */
  horizontal_align?: string;
  /**
   * top, center or bottom.
   */
  vertical_align?: string;
  padding?: CardSize;
}
/**
 * Column set (分栏): columns side by side. Children typed per version.
 */
export interface CardColumnSetFields {
  /**
   * Component tag, always "column_set".
   */
  tag: "column_set";
  /**
   * Narrow-screen layout.
   */
  flex_mode?: "none" | "stretch" | "flow" | "bisect" | "trisect";
  horizontal_spacing?: CardSize;
  /**
   * left, center or right.
   */
  horizontal_align?: string;
  background_style?: CardColor;
  action?: {
    multi_url?: CardMultiUrl;
  };
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Links per platform. "url 和各端的链接必填其中一个。如果不填写 url，则必须完整填写 android_url、ios_url、pc_url 三个字段"; builder exports send all four as "" (no link).
 */
export interface CardMultiUrl {
  /**
   * Default link (wins over the platform links).
   */
  url?: string;
  /**
   * Link on desktop.
   */
  pc_url?: string;
  /**
   * Link on iOS.
   */
  ios_url?: string;
  /**
   * Link on Android.
   */
  android_url?: string;
}
/**
 * Column (列), only inside column_set.columns.
 */
export interface CardColumnFields {
  /**
   * Component tag, always "column".
   */
  tag: "column";
  width?: CardSize;
  /**
   * Share of the width when weighted, 1–5.
   */
  weight?: number;
  background_style?: CardColor;
  action?: {
    multi_url?: CardMultiUrl;
  };
  behaviors?: CardBehaviors;
  /**
   * Child flow: vertical (default) or horizontal (2.0).
   */
  direction?: string;
  horizontal_spacing?: CardSize;
  vertical_spacing?: CardSize;
  /**
   * left, center or right.
   */
  horizontal_align?: string;
  /**
   * top, center or bottom.
   */
  vertical_align?: string;
  padding?: CardSize;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * What an interaction does: open_url (default_url required) or callback (value).
 */
export interface CardBehavior {
  /**
   * open_url or callback.
   */
  type: "open_url" | "callback";
  /**
   * Link opened by default (open_url).
   */
  default_url?: string;
  /**
   * Android link.
   */
  android_url?: string;
  /**
   * iOS link.
   */
  ios_url?: string;
  /**
   * Desktop link.
   */
  pc_url?: string;
  value?: CardCallbackValue;
}
/**
 * Callback payload returned to the app (opaque; the SDKs support objects). 1.0 code also sends strings.
 */
export interface CardCallbackValue {
  [k: string]: unknown | undefined;
}
/**
 * Form container (表单容器): only directly in the root element list; must hold a submit button; field names unique.
 */
export interface CardFormFields {
  /**
   * Component tag, always "form".
   */
  tag: "form";
  /**
   * Form name, unique in the card.
   */
  name: string;
  confirm?: CardConfirm;
  fallback?: {};
  /**
   * Child flow: vertical (default) or horizontal (2.0).
   */
  direction?: string;
  horizontal_spacing?: CardSize;
  vertical_spacing?: CardSize;
  /**
   * left, center or right.
   */
  horizontal_align?: string;
  /**
   * top, center or bottom.
   */
  vertical_align?: string;
  padding?: CardSize;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Second-confirmation dialog: title and text, both plain_text.
 */
export interface CardConfirm {
  title: CardPlainText;
  text: CardPlainText;
}
/**
 * Interactive container (交互容器): a clickable area.
 */
export interface CardInteractiveContainerFields {
  /**
   * Component tag, always "interactive_container".
   */
  tag: "interactive_container";
  behaviors?: CardBehaviors;
  width?: CardSize;
  height?: CardSize;
  background_style?: CardColor;
  /**
   * Border.
   */
  has_border?: boolean;
  border_color?: CardColor;
  /**
   * "[0,∞]px" or "[0,100]%".
   */
  corner_radius?: string;
  /**
   * Disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  hover_tips?: CardText;
  confirm?: CardConfirm;
  /**
   * Child flow: vertical (default) or horizontal (2.0).
   */
  direction?: string;
  horizontal_spacing?: CardSize;
  vertical_spacing?: CardSize;
  /**
   * left, center or right.
   */
  horizontal_align?: string;
  /**
   * top, center or bottom.
   */
  vertical_align?: string;
  padding?: CardSize;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Collapsible panel (折叠面板).
 */
export interface CardCollapsiblePanelFields {
  /**
   * Component tag, always "collapsible_panel".
   */
  tag: "collapsible_panel";
  /**
   * Open initially.
   */
  expanded?: boolean;
  background_color?: CardColor;
  border?: {
    color?: CardColor;
    /**
     * Radius.
     */
    corner_radius?: string;
  };
  /**
   * Panel header.
   */
  header: {
    title?: {
      /**
       * plain_text or markdown (not lark_md).
       */
      tag: "plain_text" | "markdown";
      /**
       * Title text.
       */
      content?: string;
      i18n_content?: CardI18NContent;
    };
    background_color?: CardColor;
    /**
     * fill, auto or auto_when_fold.
     */
    width?: string;
    /**
     * top, center or bottom.
     */
    vertical_align?: string;
    padding?: CardSize;
    icon?: CardIcon;
    /**
     * left, right or follow_text.
     */
    icon_position?: string;
    /**
     * -180, -90, 90 or 180.
     */
    icon_expanded_angle?: number;
  };
  /**
   * Child flow: vertical (default) or horizontal (2.0).
   */
  direction?: string;
  horizontal_spacing?: CardSize;
  vertical_spacing?: CardSize;
  /**
   * left, center or right.
   */
  horizontal_align?: string;
  /**
   * top, center or bottom.
   */
  vertical_align?: string;
  padding?: CardSize;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Text block (div): text and/or two-column fields, with an icon. 1.0 also: extra (an image or interactive component on the right).
 */
export interface CardDiv {
  /**
   * Component tag, always "div".
   */
  tag: "div";
  text?: CardText;
  /**
   * Two-column fields (used by official 2.0 examples although the 2.0 table omits them).
   */
  fields?: {
    /**
     * Half width.
     */
    is_short?: boolean;
    text?: CardText;
  }[];
  icon?: CardIcon;
  width?: CardSize;
  /**
   * 1.0: one img, button, select_static, select_person, overflow or date_picker shown right of the text.
   */
  extra?: {};
  /**
   * 1.0: URLs per variable for [text]($var) links in lark_md.
   */
  href?: {};
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Rich text (markdown). 2.0 drops href and [x]($var) links (use <link>).
 */
export interface CardMarkdown {
  /**
   * Component tag, always "markdown".
   */
  tag: "markdown";
  /**
   * The Markdown text.
   */
  content: string;
  i18n_content?: CardI18NContent;
  /**
   * left, center or right.
   */
  text_align?: string;
  text_size?: CardTextSize;
  icon?: CardIcon;
  /**
   * 1.0 only: URLs per variable.
   */
  href?: {};
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Image (img). alt is documented as required but official examples omit it, so only img_key is required.
 */
export interface CardImage {
  /**
   * Component tag, always "img".
   */
  tag: "img";
  /**
   * Image key from the image upload API.
   */
  img_key: string;
  alt?: CardPlainText;
  title?: CardText;
  /**
   * crop_center, crop_top or fit_horizontal.
   */
  scale_type?: string;
  /**
   * stretch, large, medium, small, tiny, or "W H" (1–1000px each); 1.0 also stretch_without_padding.
   */
  size?: string;
  /**
   * Corner radius.
   */
  corner_radius?: string;
  /**
   * Transparent background.
   */
  transparent?: boolean;
  /**
   * Click to enlarge (default true).
   */
  preview?: boolean;
  /**
   * Legacy: crop_center, fit_horizontal, stretch, large, medium, small, tiny.
   */
  mode?: string;
  /**
   * Legacy width 278–580px.
   */
  custom_width?: number;
  /**
   * Legacy compact width.
   */
  compact_width?: boolean;
  i18n_img_key?: CardI18NContent;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Several images in one layout (多图混排). Images beyond the mode are dropped.
 */
export interface CardImageCombination {
  /**
   * Component tag, always "img_combination".
   */
  tag: "img_combination";
  /**
   * double ≤2, triple ≤3, bisect ≤6, trisect ≤9 images.
   */
  combination_mode: "double" | "triple" | "bisect" | "trisect";
  /**
   * The images.
   */
  img_list: {
    /**
     * Image key.
     */
    img_key: string;
  }[];
  /**
   * Transparent background.
   */
  combination_transparent?: boolean;
  /**
   * Corner radius.
   */
  corner_radius?: string;
  /**
   * Undocumented; present in official examples.
   */
  img_list_length?: number;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * One person (人员).
 */
export interface CardPerson {
  /**
   * Component tag, always "person".
   */
  tag: "person";
  /**
   * open_id, union_id or user_id; must exist (230099/100290).
   */
  user_id: string;
  /**
   * extra_small, small, medium or large.
   */
  size?: string;
  /**
   * Default true.
   */
  show_avatar?: boolean;
  /**
   * Default false.
   */
  show_name?: boolean;
  /**
   * normal or capsule.
   */
  style?: string;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Several people (人员列表).
 */
export interface CardPersonList {
  /**
   * Component tag, always "person_list".
   */
  tag: "person_list";
  persons: {
    /**
     * User id.
     */
    id: string;
  }[];
  /**
   * false: an invalid id is an error (100290).
   */
  drop_invalid_user_id?: boolean;
  /**
   * Lines shown.
   */
  lines?: number;
  /**
   * Default true.
   */
  show_name?: boolean;
  /**
   * Default false.
   */
  show_avatar?: boolean;
  /**
   * Avatar size.
   */
  size?: string;
  icon?: CardIcon;
  ud_icon?: CardIcon;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Chart (图表): a VChart spec; no JavaScript. A bad spec earns 230099/200550.
 */
export interface CardChart {
  /**
   * Component tag, always "chart".
   */
  tag: "chart";
  /**
   * VChart spec (opaque here).
   */
  chart_spec: {};
  /**
   * 1:1, 2:1, 4:3 or 16:9.
   */
  aspect_ratio?: string;
  /**
   * brand, rainbow, complementary, converse or primary.
   */
  color_theme?: string;
  /**
   * auto or "[1,999]px".
   */
  height?: string;
  /**
   * Click to enlarge.
   */
  preview?: boolean;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Table (表格): only directly in the root element list, at most 5 per card. Bad rows earn 200914, a row key that is no column name 200915.
 */
export interface CardTable {
  /**
   * Component tag, always "table".
   */
  tag: "table";
  /**
   * Column definitions (≤50 shown).
   */
  columns: {
    /**
     * Key of the column in rows.
     */
    name: string;
    /**
     * Header text.
     */
    display_name?: string;
    /**
     * auto, "[80,600]px" or "[1,100]%".
     */
    width?: string;
    /**
     * top, center or bottom.
     */
    vertical_align?: string;
    /**
     * left, center or right.
     */
    horizontal_align?: string;
    /**
     * Cell type.
     */
    data_type: "text" | "lark_md" | "options" | "number" | "persons" | "date" | "markdown";
    format?: {
      /**
       * 0–10.
       */
      precision?: number;
      /**
       * Currency symbol.
       */
      symbol?: string;
      /**
       * Thousands separator.
       */
      separator?: boolean;
    };
    /**
     * Date format.
     */
    date_format?: string;
  }[];
  /**
   * Rows {<column name>: value} (opaque).
   */
  rows: {}[];
  /**
   * Rows per page, 1–10 (default 5).
   */
  page_size?: number;
  /**
   * low, middle, high, auto or "[32,124]px".
   */
  row_height?: string;
  /**
   * "[32,999]px".
   */
  row_max_height?: string;
  /**
   * Keep the first column visible.
   */
  freeze_first_column?: boolean;
  /**
   * text_align, text_size, background_style, text_color, bold, lines.
   */
  header_style?: {};
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Divider line (hr).
 */
export interface CardDivider {
  /**
   * Component tag, always "hr".
   */
  tag: "hr";
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Audio (音频), 2.0 only, client ≥7.49; the card must set config.enable_forward false (300220).
 */
export interface CardAudio {
  /**
   * Component tag, always "audio".
   */
  tag: "audio";
  /**
   * Audio file key (foreign keys earn 300240).
   */
  file_key: string;
  i18n_file_key?: CardI18NContent;
  /**
   * Card-unique id (duplicate: 300230).
   */
  audio_id?: string;
  /**
   * Disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  /**
   * Show progress.
   */
  show_progress_bar?: boolean;
  /**
   * Show time.
   */
  show_time?: boolean;
  /**
   * default or both.
   */
  time_display?: string;
  /**
   * end, start or both_sides.
   */
  time_position?: string;
  border?: {};
  /**
   * normal, flat or speak.
   */
  style?: string;
  padding?: CardSize;
  background_style?: CardColor;
  fill_color?: CardColor;
  width?: CardSize;
  /**
   * {tag: "fallback_text", text} for old clients.
   */
  fallback?: {};
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Button (按钮). text is optional (current tables, both SDKs). In a form: name plus form_action_type submit/reset (or the historical action_type).
 */
export interface CardButton {
  /**
   * Component tag, always "button".
   */
  tag: "button";
  text?: CardText;
  /**
   * Style.
   */
  type?:
    | "default"
    | "primary"
    | "danger"
    | "text"
    | "primary_text"
    | "danger_text"
    | "primary_filled"
    | "danger_filled"
    | "laser";
  /**
   * tiny, small, medium or large.
   */
  size?: string;
  icon?: CardIcon;
  hover_tips?: CardText;
  /**
   * In a form: submit or reset.
   */
  form_action_type?: "submit" | "reset";
  /**
   * Historical form/link action, still used by official 2.0 examples.
   */
  action_type?: "link" | "request" | "multi" | "form_submit" | "form_reset";
  /**
   * Legacy link (not together with multi_url).
   */
  url?: string;
  multi_url?: CardMultiUrl;
  /**
   * 1.0: both link and callback.
   */
  complex_interaction?: boolean;
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Overflow menu (折叠按钮组).
 */
export interface CardOverflow {
  /**
   * Component tag, always "overflow".
   */
  tag: "overflow";
  options: {
    text?: CardText;
    /**
     * Option value (unique).
     */
    value?: string;
    icon?: CardIcon;
    /**
     * Legacy link.
     */
    url?: string;
    multi_url?: CardMultiUrl;
  }[];
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Text input (输入框). Outside a form it calls back on submit; in a form it needs a name.
 */
export interface CardInput {
  /**
   * Component tag, always "input".
   */
  tag: "input";
  placeholder?: CardText;
  /**
   * Prefilled text.
   */
  default_value?: string;
  i18n_default_value?: CardI18NContent;
  /**
   * 1–1000 (default 1000).
   */
  max_length?: number;
  /**
   * text, multiline_text or password.
   */
  input_type?: "text" | "multiline_text" | "password";
  /**
   * Show the icon.
   */
  show_icon?: boolean;
  /**
   * Rows (multiline).
   */
  rows?: number;
  /**
   * Grow with the text.
   */
  auto_resize?: boolean;
  /**
   * Max rows.
   */
  max_rows?: number;
  label?: CardText;
  /**
   * top or left.
   */
  label_position?: string;
  fallback?: {};
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Single select (下拉选择-单选).
 */
export interface CardSelectStatic {
  /**
   * Component tag, always "select_static".
   */
  tag: "select_static";
  options?: {
    text?: CardText;
    /**
     * Option value (unique).
     */
    value?: string;
    icon?: CardIcon;
    /**
     * Legacy link.
     */
    url?: string;
    multi_url?: CardMultiUrl;
  }[];
  placeholder?: CardText;
  /**
   * default or text.
   */
  type?: string;
  /**
   * Preselected value.
   */
  initial_option?: string;
  /**
   * Preselected index.
   */
  initial_index?: number;
  /**
   * Preselected values (multi).
   */
  selected_values?: string[];
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Multi select (下拉选择-多选): only inside a form.
 */
export interface CardMultiSelectStatic {
  /**
   * Component tag, always "multi_select_static".
   */
  tag: "multi_select_static";
  options?: {
    text?: CardText;
    /**
     * Option value (unique).
     */
    value?: string;
    icon?: CardIcon;
    /**
     * Legacy link.
     */
    url?: string;
    multi_url?: CardMultiUrl;
  }[];
  placeholder?: CardText;
  /**
   * default or text.
   */
  type?: string;
  /**
   * Preselected value.
   */
  initial_option?: string;
  /**
   * Preselected index.
   */
  initial_index?: number;
  /**
   * Preselected values (multi).
   */
  selected_values?: string[];
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Person select (人员选择-单选).
 */
export interface CardSelectPerson {
  /**
   * Component tag, always "select_person".
   */
  tag: "select_person";
  /**
   * Selectable people {value: open_id}; empty → the chat members.
   */
  options?: {
    /**
     * open_id.
     */
    value?: string;
  }[];
  placeholder?: CardText;
  /**
   * default or text.
   */
  type?: string;
  /**
   * Preselected value.
   */
  initial_option?: string;
  /**
   * Preselected index.
   */
  initial_index?: number;
  /**
   * Preselected values (multi).
   */
  selected_values?: string[];
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Multi person select (人员选择-多选): only inside a form.
 */
export interface CardMultiSelectPerson {
  /**
   * Component tag, always "multi_select_person".
   */
  tag: "multi_select_person";
  /**
   * Selectable people {value: open_id}; empty → the chat members.
   */
  options?: {
    /**
     * open_id.
     */
    value?: string;
  }[];
  placeholder?: CardText;
  /**
   * default or text.
   */
  type?: string;
  /**
   * Preselected value.
   */
  initial_option?: string;
  /**
   * Preselected index.
   */
  initial_index?: number;
  /**
   * Preselected values (multi).
   */
  selected_values?: string[];
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * DatePicker (date_picker).
 */
export interface CardDatePicker {
  /**
   * Component tag, always "date_picker".
   */
  tag: "date_picker";
  /**
   * Preset value, yyyy-MM-dd.
   */
  initial_date?: string;
  placeholder?: CardText;
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * TimePicker (picker_time).
 */
export interface CardTimePicker {
  /**
   * Component tag, always "picker_time".
   */
  tag: "picker_time";
  /**
   * Preset value, HH:mm.
   */
  initial_time?: string;
  placeholder?: CardText;
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * DateTimePicker (picker_datetime).
 */
export interface CardDateTimePicker {
  /**
   * Component tag, always "picker_datetime".
   */
  tag: "picker_datetime";
  /**
   * Preset value, yyyy-MM-dd HH:mm.
   */
  initial_datetime?: string;
  placeholder?: CardText;
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Image select (图片选择). multi_select true only inside a form.
 */
export interface CardSelectImage {
  /**
   * Component tag, always "select_img".
   */
  tag: "select_img";
  options: {
    /**
     * Image key.
     */
    img_key: string;
    /**
     * Option value.
     */
    value?: string;
    /**
     * Disabled.
     */
    disabled?: boolean;
    disabled_tips?: CardText;
    hover_tips?: CardText;
  }[];
  /**
   * Multiple choice (only in a form).
   */
  multi_select?: boolean;
  /**
   * stretch, bisect or trisect.
   */
  layout?: string;
  /**
   * 1:1, 16:9 or 4:3.
   */
  aspect_ratio?: string;
  /**
   * Preview on click.
   */
  can_preview?: boolean;
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Checkbox task (勾选器).
 */
export interface CardChecker {
  /**
   * Component tag, always "checker".
   */
  tag: "checker";
  /**
   * Checked.
   */
  checked?: boolean;
  text?: CardText;
  /**
   * Whole area clickable.
   */
  overall_checkable?: boolean;
  button_area?: {
    /**
     * always or on_hover.
     */
    pc_display_rule?: string;
    /**
     * @maxItems 3
     */
    buttons?: {}[];
  };
  checked_style?: {
    /**
     * Strike through.
     */
    show_strikethrough?: boolean;
    opacity?: number;
  };
  padding?: CardSize;
  hover_tips?: CardText;
  /**
   * Field name in a form: unique within the form, submitted as the key of this field's value (表单内唯一).
   */
  name?: string;
  /**
   * Whether the field must be filled before the form can be submitted.
   */
  required?: boolean;
  /**
   * Shown disabled.
   */
  disabled?: boolean;
  disabled_tips?: CardText;
  width?: CardSize;
  behaviors?: CardBehaviors;
  confirm?: CardConfirm;
  value?: CardCallbackValue;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Loop container (循环容器): template-only ("仅支持通过搭建工具搭建使用"); accepted because an official example carries it.
 */
export interface CardRepeatFields {
  /**
   * Component tag, always "repeat".
   */
  tag: "repeat";
  /**
   * Template variable to loop over.
   */
  variable?: string;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * Card JSON 1.0 (卡片 JSON 1.0): no "schema" (or "1.0"), components in root elements or i18n_elements. Unknown root properties are ignored by the platform, so the root stays open.
 */
export interface CardV1 {
  /**
   * Absent or "1.0"; "2.0" makes the card a 2.0 card.
   */
  schema?: "1.0";
  config?: CardConfig;
  card_link?: CardLink;
  header?: CardHeader;
  /**
   * Header per locale.
   */
  i18n_header?: {
    [k: string]: CardHeader | undefined;
  };
  /**
   * The components, in order.
   */
  elements?: CardElementV1[];
  /**
   * Element lists per locale (zh_cn, en_us, …); replaces elements (全局多语言).
   */
  i18n_elements?: {
    [k: string]: CardElementV1[] | undefined;
  };
  /**
   * Client ≥7.7: trigger_conditions for the upgrade placeholder.
   */
  fallback?: {};
}
/**
 * 1.0 interaction module (交互模块): holds buttons, selects, overflow, pickers. Removed in 2.0 (200861).
 */
export interface CardActionFields {
  /**
   * Component tag, always "action".
   */
  tag: "action";
  /**
   * bisected, trisection or flow.
   */
  layout?: string;
  element_id?: CardElementId;
  margin?: CardSize;
}
/**
 * 1.0 note (备注): small text and images. Removed in 2.0 (200861).
 */
export interface CardNoteFields {
  /**
   * Component tag, always "note".
   */
  tag: "note";
  /**
   * plain_text, lark_md, img (16×16), standard_icon or custom_icon.
   */
  elements: {}[];
  element_id?: CardElementId;
  margin?: CardSize;
}
