// getChat: one chat's information — everything for a member, the basics for anyone else. The fields
// list and search also answer come from the same chat item, so the three agree.
import { queryFacts } from '../../contract-facts.js';
import { callerIsMember, chatById, membersOf } from './chat-access.js';
import { chatItem } from './chat-item.js';
import type { Behaviour } from './context.js';

export const getChat: Behaviour = ({ pathParams, query, caller, logId }, mock) => {
  const chat = chatById(mock.dataset, pathParams.chat_id!);
  if (!chat) return mock.fail('chatIdInvalid', logId);
  const who = caller!;
  const { users, bots } = membersOf(chat, mock.dataset);
  const counts = { user_count: String(users.length), bot_count: String(bots.length) };
  // Outside the chat: only the name, avatar, member counts and status (DOC-CHATGET).
  if (!callerIsMember(chat, who, mock.dataset)) {
    return { status: 200, body: { code: 0, msg: 'success', data: { avatar: chat.avatar, ...(chat.name && { name: chat.name }), ...counts, chat_status: chat.status } } };
  }
  const idType = (query.user_id_type as string | undefined) ?? (queryFacts('getChat').user_id_type!.default as string);
  const { chat_id: _id, p2p_target_type: _t, p2p_target_id: _p, ...item } = chatItem(chat, idType, who, mock.dataset);
  const p2p = chat.mode === 'p2p';
  // Group settings are not answered for p2p chats; the demo's groups use the platform's defaults.
  const group = p2p ? {} : {
    add_member_permission: 'all_members', share_card_permission: 'allowed', at_all_permission: 'all_members',
    chat_type: chat.public ? 'public' : 'private', chat_tag: 'inner',
    join_message_visibility: 'all_members', leave_message_visibility: 'all_members', membership_approval: 'no_approval_required',
    ...(chat.mode === 'group' && { group_message_type: 'chat' }),
  };
  const data = {
    ...item,
    ...(Object.keys(chat.i18nNames).length > 0 && { i18n_names: chat.i18nNames }),
    ...group,
    edit_permission: 'all_members',
    user_manager_id_list: [],
    bot_manager_id_list: [],
    moderation_permission: 'all_members',
    ...counts,
    restricted_mode_setting: { status: false, screenshot_has_permission_setting: 'all_members', download_has_permission_setting: 'all_members', message_has_permission_setting: 'all_members' },
    urgent_setting: 'all_members',
    video_conference_setting: 'all_members',
    hide_member_count_setting: 'all_members',
    // What createChat set (its body's settings, the managers set_bot_manager named).
    ...chat.settings,
  };
  return { status: 200, body: { code: 0, msg: 'success', data } };
};
