import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';

/** Sends a link by e-mail when SMTP_URL is set; without it, links are only shown to the admin. */
@Injectable()
export class MailerService {
  private readonly logger = new Logger('Mailer');
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  /** True when the server accepted the message; a mail failure never loses the link. */
  async send(to: string, subject: string, text: string): Promise<boolean> {
    if (!this.config.smtpUrl) return false;
    this.transport ??= createTransport(this.config.smtpUrl);
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to, subject, text });
      return true;
    } catch (error) {
      this.logger.warn(`could not e-mail a link: ${(error as Error).message}`);
      return false;
    }
  }
}
