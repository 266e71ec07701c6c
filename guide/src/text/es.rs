pub(super) use super::en::TEXTS;
