/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/jsapi/*.json and schemas/common/*.json by json-schema-to-typescript
 * Regenerate: npm run generate
 */
import type { Card } from './card.js';

/**
 * A chat's open_chat_id (会话 ID / chat_id). Feishu ids are recognised by prefix only: length and alphabet are not promised, so neither is checked.
 */
export type OpenChatId = string;
/**
 * The chat avatar at several resolutions (会话的头像 URL 数组，包含多种图片的分辨率).
 */
export type AvatarUrls = string[];
/**
 * Fail object of tt.chooseChat, including a user cancel. May carry errno (see the platform's errno table).
 */
export type ChooseChatFail = StandardFailOutput & {
  errMsg?: string;
};
/**
 * Fail object of tt.getChatInfo. The seed documents no API-specific codes; errno follows the platform's common table.
 */
export type GetChatInfoFail = StandardFailOutput & {
  errMsg?: string;
};
/**
 * A user's open_id (用户的 open_id), recognised by its ou_ prefix.
 */
export type OpenId = string;
/**
 * A message's open_message_id, recognised by its om_ prefix.
 */
export type OpenMessageId = string;
/**
 * Fail object of tt.sendMessageCard. errCode takes the values of the documented table.
 */
export type SendMessageCardFail = StandardFailOutput & {
  errMsg?: string;
  /**
   * sendMessageCard error code (错误码).
   */
  errCode?: -1 | -2 | -3 | -4 | -5 | -6 | -7 | -8 | -9 | -10 | 42406;
  /**
   * Messages that were sent before the failure (发送消息卡片的 message 信息); present only when a send happened.
   */
  sendCardInfo?: SendCardInfo[];
  /**
   * Chats the card could not be sent to (发送失败的会话 open_chat_id 列表).
   */
  failedOpenChatIDs?: OpenChatId[];
  /**
   * Result of sending the additional message (发送消息卡片的留言信息返回结果); present only when sending it failed.
   */
  additionalMessageInfo?: AdditionalMessageInfo[];
};

export interface JsapiSchemas {
  "chooseChat.input"?: ChooseChatInput;
  "chooseChat.success"?: ChooseChatSuccess;
  "chooseChat.fail"?: ChooseChatFail;
  "getChatInfo.input"?: GetChatInfoInput;
  "getChatInfo.success"?: GetChatInfoSuccess;
  "getChatInfo.fail"?: GetChatInfoFail;
  "sendMessageCard.input"?: SendMessageCardInput;
  "sendMessageCard.success"?: SendMessageCardSuccess;
  "sendMessageCard.fail"?: SendMessageCardFail;
}
/**
 * Input of tt.chooseChat: opens the user's chat list to pick chats (用于打开用户会话列表的选择会话). Gadgets call tt.requestAccess first (tt.login before Feishu 6.9.0); web apps call it after h5sdk authentication. Closed: an unknown or misspelt key is an error.
 */
export interface ChooseChatInput {
  /**
   * Allow creating a group inside the picker and forwarding to it (是否允许在选择会话列表内，创建群组并转发).
   */
  allowCreateGroup?: boolean;
  /**
   * Allow picking several chats, at most 10 (是否允许多选，最多可选择 10 个).
   */
  multiSelect?: boolean;
  /**
   * Hide yourself from the picker (是否在会话列表内过滤掉自己).
   */
  ignoreSelf?: boolean;
  /**
   * Hide bots from the picker (是否在会话列表内过滤掉机器人).
   */
  ignoreBot?: boolean;
  /**
   * Which chats may be picked (选择模式). With 2 (p2p only), allowCreateGroup: true has no effect.
   */
  selectType?: 0 | 1 | 2;
  /**
   * Title of the confirmation dialog after picking (选中会话后，确认弹框的标题名称).
   */
  confirmTitle?: string;
  /**
   * Label of the confirm button (确认弹框的确认按钮文案).
   */
  confirmText?: string;
  /**
   * Description in the confirmation dialog; empty hides the box (确认弹框的描述。该字段为空时，界面将不展示描述框).
   */
  confirmDesc?: string;
  /**
   * Include external chats (选择的会话是否包含外部会话).
   */
  externalChat?: boolean;
  /**
   * Show a message input in the confirmation dialog (确认弹框内是否显示留言输入框).
   */
  showMessageInput?: boolean;
}
/**
 * Success object of tt.chooseChat. Open: the client may add fields. A user cancel is not a success: it arrives as a fail.
 */
export interface ChooseChatSuccess {
  errMsg: "chooseChat:ok";
  /**
   * The picked chats (选择会话列表信息). At most 10 with multiSelect.
   *
   * @maxItems 10
   */
  data: ChosenChat[];
  /**
   * The message the user typed (用户输入的留言); only when the input set showMessageInput: true.
   */
  message?: string;
}
export interface ChosenChat {
  id: OpenChatId;
  /**
   * Chat type (会话类型).
   */
  chatType: 0 | 1;
  /**
   * Kind of p2p peer (单聊类型); returned only when chatType is 0 (仅当 chatType 为 0 时，会返回此参数).
   */
  userType?: 0 | 1;
  avatarUrls?: AvatarUrls;
  /**
   * Chat name (会话名称); filled only when the app holds im:chat.group_info:readonly.
   */
  name?: string;
  i18nNames?: I18NNames;
}
/**
 * Internationalised chat name (国际化会话名). Any locale may be missing or empty; further locales may appear, so the object is open.
 */
export interface I18NNames {
  /**
   * Chinese name, may be empty (中文名，可能为空).
   */
  zh_cn?: string;
  /**
   * English name, may be empty (英文名，可能为空).
   */
  en_us?: string;
  /**
   * Japanese name, may be empty (日文名，可能为空).
   */
  ja_jp?: string;
}
/**
 * The standard object output (标准对象输出) of a failed call. Each API's fail schema adds its errMsg pattern ("<api>:fail", optionally followed by a reason). Outputs are open: the client may add fields.
 */
export interface StandardFailOutput {
  /**
   * "<api>:fail", optionally followed by a reason (错误消息).
   */
  errMsg: string;
  /**
   * Newer error number (errno 错误码): 3-digit common codes, 7-digit business codes.
   */
  errno?: number;
  /**
   * Legacy per-API error code (errCode 错误码).
   */
  errCode?: number;
  /**
   * Error text that accompanies errno.
   */
  errString?: string;
}
/**
 * Input of tt.getChatInfo: gets one chat's information (获取某个会话的信息). Gadgets call tt.requestAccess first. Closed: an unknown or misspelt key is an error.
 */
export interface GetChatInfoInput {
  openChatId: OpenChatId;
  /**
   * Chat type (会话的类型).
   */
  chatType: 0 | 1;
  /**
   * Kind of p2p peer (单聊用户类型); required when chatType is 0 (chatType为0时，必须传该参数).
   */
  userType?: 0 | 1;
}
/**
 * Success object of tt.getChatInfo. Every informational field needs the im:chat.group_info:readonly scope, so each is optional. Open: the client may add fields.
 */
export interface GetChatInfoSuccess {
  errMsg: "getChatInfo:ok";
  i18nNames?: I18NNames;
  /**
   * Chat name (会话名称).
   */
  name?: string;
  avatarUrls?: AvatarUrls;
  /**
   * How many times the user was @-mentioned (被at数量).
   */
  atCount?: number;
  /**
   * Unread message count (未读消息数).
   */
  badge?: number;
}
/**
 * Input of tt.sendMessageCard: sends a message card to chats (发送消息卡片到指定会话). The client picks the target in the order shouldChooseChat, openChatIDs, openIDs, triggerCode; at least one must be given. Closed: an unknown or misspelt key is an error.
 */
export interface SendMessageCardInput {
  /**
   * Open the chat picker and send from there (是否在选择会话页面中发送卡片). Takes priority over openChatIDs. With false, gadgets must have called tt.requestAccess first.
   */
  shouldChooseChat?: boolean;
  chooseChatParams?: SendMessageCardChooseChatParams;
  /**
   * Target chats' open_chat_ids (会话的 open_chat_id 列表), at most 10 (最大数量10). An open_id here is error -8.
   *
   * @maxItems 10
   */
  openChatIDs?: OpenChatId[];
  /**
   * Target users' open_ids (用户的 open_id), at most 10. Ignored when shouldChooseChat is true or openChatIDs is non-empty.
   *
   * @maxItems 10
   */
  openIDs?: OpenId[];
  /**
   * Only for the chat box "+" menu (聊天框“+”菜单): sends the card to the chat the gadget was opened from. openChatIDs wins when both are given (iOS before 5.26 preferred triggerCode). Not supported on Harmony.
   */
  triggerCode?: string;
  cardContent: CardContent;
  /**
   * Let the user add a message when sending (在发送卡片时开启发送附带留言的能力).
   */
  withAdditionalMessage?: boolean;
}
/**
 * Picker options when shouldChooseChat is true (选择会话说明). The client reads only these keys, and two defaults differ from tt.chooseChat's: allowCreateGroup defaults to false and multiSelect to true here.
 */
export interface SendMessageCardChooseChatParams {
  /**
   * Allow creating a group inside the picker and forwarding to it (是否允许在选择会话列表内，创建群组并转发).
   */
  allowCreateGroup?: boolean;
  /**
   * Allow picking several chats, at most 10 (是否允许多选，最多可选择 10 个).
   */
  multiSelect?: boolean;
  /**
   * Include external chats (选择的会话是否包含外部会话).
   */
  externalChat?: boolean;
  /**
   * Title of the confirmation dialog after picking (选中会话后，确认弹框的标题名称).
   */
  confirmTitle?: string;
  /**
   * Which chats may be picked (选择模式). With 2 (p2p only), allowCreateGroup: true has no effect.
   */
  selectType?: 0 | 1 | 2;
  /**
   * Hide yourself from the picker (是否在会话列表内过滤掉自己).
   */
  ignoreSelf?: boolean;
  /**
   * Hide bots from the picker (是否在会话列表内过滤掉机器人).
   */
  ignoreBot?: boolean;
}
/**
 * The message card (消息卡片内容). Its serialized JSON may not exceed 20 KB (卡片请求体大小不能超过20k), counted in UTF-8 bytes.
 */
export interface CardContent {
  /**
   * Message type, always "interactive" (此处固定填 "interactive").
   */
  msg_type: "interactive";
  /**
   * How an update after interaction applies (配置卡片的更新方式): true = shared card, updated for every recipient (共享卡片); false = per-user card (独享卡片). The first card sent looks the same to everyone.
   */
  update_multi?: boolean;
  card: Card;
}
/**
 * Success object of tt.sendMessageCard. Open: the client may add fields.
 */
export interface SendMessageCardSuccess {
  errMsg: "sendMessageCard:ok";
  /**
   * One entry per message sent (发送消息卡片的 message 信息); present only when a send happened.
   */
  sendCardInfo?: SendCardInfo[];
}
export interface SendCardInfo {
  /**
   * Send status, 0 = sent (发送消息的状态码，0表示发送成功).
   */
  status: number;
  openChatId: OpenChatId;
  openMessageId?: OpenMessageId;
}
export interface AdditionalMessageInfo {
  /**
   * Send status, 0 = sent (发送消息的状态码，0表示发送成功).
   */
  status: number;
  openChatId: OpenChatId;
  /**
   * The message's open_message_id as documented (open_message_id).
   */
  message?: string;
}
