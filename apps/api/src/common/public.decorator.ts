import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'punte:isPublic';

/** Marks a resolver or route that anyone may call; everything else is refused by the access guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
