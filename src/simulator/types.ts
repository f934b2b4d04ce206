/**
 * The subset of Telegram Bot API objects the emulator produces and stores.
 * Shapes follow https://core.telegram.org/bots/api so grammY and its plugins accept them.
 */

export interface TgUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface TgBotUser extends TgUser {
  can_join_groups: boolean;
  can_read_all_group_messages: boolean;
  supports_inline_queries: boolean;
}

export interface TgPrivateChat {
  id: number;
  type: 'private';
  first_name: string;
  last_name?: string;
  username?: string;
}

export interface TgMessageEntity {
  type: string;
  offset: number;
  length: number;
  [extra: string]: unknown;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  [extra: string]: unknown;
}

export interface ReplyButton {
  text: string;
  request_contact?: boolean;
  request_location?: boolean;
  [extra: string]: unknown;
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineButton[][];
}

export interface ReplyKeyboardMarkup {
  keyboard: ReplyButton[][];
  one_time_keyboard?: boolean;
  resize_keyboard?: boolean;
  is_persistent?: boolean;
  input_field_placeholder?: string;
  [extra: string]: unknown;
}

export interface ReplyKeyboardRemove {
  remove_keyboard: true;
}

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | { force_reply: true };

export interface TgContact {
  phone_number: string;
  first_name: string;
  last_name?: string;
  user_id?: number;
}

export interface TgLocation {
  latitude: number;
  longitude: number;
}

export interface TgVenue {
  location: TgLocation;
  title: string;
  address: string;
}

export interface TgDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface TgPhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

/** A voice message: only what the bot may read of it (no sound is kept). */
export interface TgVoice {
  file_id: string;
  file_unique_id: string;
  duration: number;
  mime_type?: string;
}

export interface TgSticker {
  file_id: string;
  file_unique_id: string;
  type: 'regular';
  width: number;
  height: number;
  is_animated: boolean;
  is_video: boolean;
  emoji?: string;
}

export interface TgMessage {
  message_id: number;
  from?: TgUser;
  chat: TgPrivateChat;
  date: number;
  edit_date?: number;
  text?: string;
  entities?: TgMessageEntity[];
  caption?: string;
  caption_entities?: TgMessageEntity[];
  contact?: TgContact;
  location?: TgLocation;
  venue?: TgVenue;
  document?: TgDocument;
  photo?: TgPhotoSize[];
  voice?: TgVoice;
  sticker?: TgSticker;
  /** Only inline keyboards are echoed back by Telegram; reply keyboards are not. */
  reply_markup?: InlineKeyboardMarkup;
  reply_to_message?: TgMessage;
}

export interface TgChatMember {
  status: 'member' | 'kicked';
  user: TgUser;
  until_date?: number;
}

export interface TgChatMemberUpdated {
  chat: TgPrivateChat;
  from: TgUser;
  date: number;
  old_chat_member: TgChatMember;
  new_chat_member: TgChatMember;
}

export interface TgCallbackQuery {
  id: string;
  from: TgUser;
  message?: TgMessage;
  chat_instance: string;
  data?: string;
}

export interface TgUpdate {
  update_id: number;
  message?: TgMessage;
  callback_query?: TgCallbackQuery;
  my_chat_member?: TgChatMemberUpdated;
}

/** Update kinds as used by `allowed_updates`. */
export type UpdateKind = Exclude<keyof TgUpdate, 'update_id'>;

/** Arbitrary Bot API parameters after body parsing (JSON values, or strings from forms). */
export type ApiParams = Record<string, unknown>;

/** A file uploaded by the bot, kept in memory so tests can inspect it. */
export interface StoredFile {
  fileId: string;
  filename: string;
  mimeType: string;
  bytes: Buffer;
}
