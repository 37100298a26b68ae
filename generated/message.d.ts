/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/message/*.json and schemas/common/*.json by json-schema-to-typescript
 * Regenerate: npm run generate
 */
import type { Card } from './card.js';

/**
 * An image key from the IM image upload API (`/open-apis/im/v1/images`), e.g. `img_v2_…`. Recognised by its `img_` prefix only.
 */
export type ImageKey = string;
/**
 * The content of an `interactive` (card, 卡片) message, in one of three forms told apart by `type`: a card JSON (no `type`: a JSON 1.0 root with config/header/elements, or a JSON 2.0 root with `"schema": "2.0"` and body.elements); a template card `{"type": "template", "data": {…}}`; or a CardKit card entity `{"type": "card", "data": {"card_id": …}}`. This API has no `card` field: the card goes inside `content`, and the `{"card": …}` wrapper of custom-bot webhooks and tt.sendMessageCard is not a card root. The serialized content may hold at most 30 KB (createMessage checks it in UTF-8 bytes); for a template the platform also counts the template's card data.
 */
export type InteractiveContent = (TemplateCard | CardEntity | CardJson) & {
  /**
   * Absent for a card JSON; `template` or `card` for the other two forms.
   */
  type?: "template" | "card";
  card?: never;
};
/**
 * A card JSON root, 1.0 or 2.0, checked against the card contract (schemas/card/card.json, schema id `card`): the same rules `tt.sendMessageCard` applies, each error naming the platform code the send would earn inside 230099's msg.
 */
export type CardJson = Card;
/**
 * One node of a paragraph; `tag` says which kind, and the kind decides the fields. A discriminated union (`oneOf` + `discriminator` on `tag`): only the node kind its tag names is checked, and code generators type each kind.
 */
export type PostNode = {
  tag: "text" | "a" | "at" | "img" | "media" | "emotion" | "code_block" | "hr" | "md";
} & (
  | PostTextNode
  | PostLinkNode
  | PostAtNode
  | PostImageNode
  | PostMediaNode
  | PostEmotionNode
  | PostCodeBlockNode
  | PostHrNode
  | PostMarkdownNode
);
/**
 * Text styles (样式).
 */
export type PostStyle = ("bold" | "underline" | "lineThrough" | "italic")[];
/**
 * One paragraph. An `img` or `media` node must be a paragraph of its own.
 */
export type PostParagraph = PostNode[];
/**
 * A chat's open_chat_id (会话 ID / chat_id). Feishu ids are recognised by prefix only: length and alphabet are not promised, so neither is checked.
 */
export type OpenChatId = string;
/**
 * A user's open_id (用户的 open_id), recognised by its ou_ prefix.
 */
export type OpenId = string;

export interface MessageContents {
  audio?: AudioContent;
  file?: FileContent;
  image?: ImageContent;
  interactive?: InteractiveContent;
  media?: MediaContent;
  post?: PostContent;
  share_chat?: ShareChatContent;
  share_user?: ShareUserContent;
  sticker?: StickerContent;
  system?: SystemContent;
  text?: TextContent;
}
/**
 * The content of an `audio` message (语音). The key comes from the IM file upload API (`/open-apis/im/v1/files`, an opus file).
 */
export interface AudioContent {
  /**
   * The file key from the IM upload API.
   */
  file_key: string;
}
/**
 * The content of a `file` message (文件). The key comes from the IM file upload API (`/open-apis/im/v1/files`); a Drive `file_token` does not work.
 */
export interface FileContent {
  /**
   * The file key from the IM upload API.
   */
  file_key: string;
}
/**
 * The content of an `image` message (图片). The key comes from the IM image upload API (`/open-apis/im/v1/images`); a Drive file token does not work.
 */
export interface ImageContent {
  image_key: ImageKey;
}
/**
 * A card built from a CardKit template.
 */
export interface TemplateCard {
  /**
   * "template" (the condition that chose this form).
   */
  type?: {
    [k: string]: unknown | undefined;
  };
  data: {
    /**
     * The template id, copied from CardKit (e.g. ctp_… or AAqU6gaMabcef).
     */
    template_id: string;
    /**
     * A published version, e.g. 1.0.0. Omitted: the latest published version (the platform advises fixing it; 230099 sub-code 200380 means the template or version is not published).
     */
    template_version_name?: string;
    /**
     * The template's variables by name.
     */
    template_variable?: {};
  };
}
/**
 * A card entity created with CardKit (`POST /open-apis/cardkit/v1/cards`, JSON 2.0 only, sendable once).
 */
export interface CardEntity {
  /**
   * "card" (the condition that chose this form).
   */
  type?: {
    [k: string]: unknown | undefined;
  };
  data: {
    /**
     * The card entity's id.
     */
    card_id: string;
  };
}
/**
 * The content of a `media` (video) message (视频): the video's file key (IM file upload API, mp4) and an optional cover image key.
 */
export interface MediaContent {
  /**
   * The video's file key from the IM file upload API.
   */
  file_key: string;
  image_key?: ImageKey;
}
/**
 * The content of a `post` (rich text, 富文本) message: one entry per locale (`zh_cn`, `en_us`, `ja_jp`, …), each a title and paragraphs of nodes. This API takes the locales at the top level: the outer `{"post": …}` wrapper belongs to the legacy and batch send formats. The serialized content may hold at most 30 KB (createMessage checks it in UTF-8 bytes); style tags make the stored body larger than what is sent.
 */
export interface PostContent {
  [k: string]: PostLocale | undefined;
}
/**
 * The post in one locale.
 */
export interface PostLocale {
  /**
   * The title (标题). Optional.
   */
  title?: string;
  /**
   * Paragraphs (段落), each a list of nodes.
   */
  content: PostParagraph[];
}
export interface PostTextNode {
  tag: "text";
  text: string;
  /**
   * Whether to unescape HTML entities.
   */
  un_escape?: boolean;
  style?: PostStyle;
}
export interface PostLinkNode {
  tag: "a";
  text: string;
  /**
   * The link target.
   */
  href: string;
  style?: PostStyle;
}
export interface PostAtNode {
  tag: "at";
  /**
   * The user's open_id, or `all`.
   */
  user_id: string;
  style?: PostStyle;
}
export interface PostImageNode {
  tag: "img";
  image_key: ImageKey;
}
export interface PostMediaNode {
  tag: "media";
  /**
   * The video's file key.
   */
  file_key: string;
  image_key?: ImageKey;
}
export interface PostEmotionNode {
  tag: "emotion";
  /**
   * The emoji key, e.g. SMILE.
   */
  emoji_type: string;
}
export interface PostCodeBlockNode {
  tag: "code_block";
  /**
   * The language, e.g. GO.
   */
  language?: string;
  text: string;
}
export interface PostHrNode {
  tag: "hr";
}
export interface PostMarkdownNode {
  tag: "md";
  /**
   * Markdown; accepted on send only (the stored message converts it).
   */
  text: string;
}
/**
 * The content of a `share_chat` message (分享群名片). The bot must be in the shared chat; the card is valid for 7 days. Sharing a p2p chat fails with 230015.
 */
export interface ShareChatContent {
  chat_id: OpenChatId;
}
/**
 * The content of a `share_user` message (分享个人名片). The user is given by open_id only, and must be visible to the bot; a bot's card cannot be shared.
 */
export interface ShareUserContent {
  user_id: OpenId;
}
/**
 * The content of a `sticker` message (表情包). Only stickers the bot received (through the receive-message event) can be sent.
 */
export interface StickerContent {
  /**
   * The file key from the IM upload API.
   */
  file_key: string;
}
/**
 * The content of a `system` message (系统消息): a divider with a short text, shown on Feishu 7.20 and later. Only `type: divider` exists; only in a p2p chat between the bot and a user; needs the scope `im:message:send_sys_msg` and a tenant token.
 */
export interface SystemContent {
  /**
   * The kind of system message; only a divider exists.
   */
  type: "divider";
  params: {
    divider_text: {
      /**
       * The divider text: at most 20 characters, or 10 CJK characters (the platform counts a CJK character twice; only the 20-character bound is checked here).
       */
      text: string;
      /**
       * The text per locale. The keys are upper-cased in their region part (zh_CN, en_US, ja_JP), unlike the lower-case locales of post content.
       */
      i18n_text?: {
        [k: string]: string | undefined;
      };
    };
  };
  options?: {
    /**
     * Whether the divider folds earlier messages. Default false.
     */
    need_rollup?: boolean;
  };
}
/**
 * The content of a `text` message, before it is serialized into the `content` string (文本 text). Mentions: `<at user_id="ou_xxx">Name</at>`, @all as `<at user_id="all"></at>` (the group must allow @all). Styles `<b> <i> <u> <s>`; links `[text](url)`. A newline is `\n` inside the JSON. The serialized content may hold at most 150 KB (createMessage checks it in UTF-8 bytes).
 */
export interface TextContent {
  /**
   * The message text, with the mention, style and link markup above.
   */
  text: string;
}
