import BaoCaoStore
import Foundation

extension IntakeService {
    /// The shortest password a user may choose.
    public static let minimumPasswordLength = 10

    /// Replaces the signed-in account's password with one it chose (the way out of a password the
    /// command line issued); the token `keeping` it was done with stays valid, every other ends.
    ///
    /// - Throws: ``IntakeError`` 403 when `current` is wrong, 422 when the new password is too short,
    ///   equal to the current one or not confirmed.
    public func changePassword(current: String, new: String, confirmation: String, keeping token: AccessToken?,
                               by account: Account) throws {
        guard try store.verify(login: account.login, password: current) != nil else {
            throw IntakeError(.forbidden, IntakeMessages.currentPasswordWrong)
        }
        guard new.count >= Self.minimumPasswordLength else {
            throw IntakeError(.unprocessableContent, IntakeMessages.passwordTooShort(minimum: Self.minimumPasswordLength))
        }
        guard new == confirmation else { throw IntakeError(.unprocessableContent, IntakeMessages.passwordsDiffer) }
        guard new != current else { throw IntakeError(.unprocessableContent, IntakeMessages.passwordUnchanged) }
        try store.changePassword(login: account.login, to: new, keeping: token?.tokenHash, cost: settings.bcryptCost, now: now)
    }

    /// Refuses an account whose password the command line issued, except on the routes that change
    /// it or sign out: the one rule behind the pages' redirect and the API's 403.
    ///
    /// - Throws: ``IntakeError`` 403 ``IntakeError/passwordChangeRequired``.
    func requirePasswordChosen(_ account: Account) throws {
        guard !account.mustChangePassword else { throw IntakeError.passwordChangeRequired }
    }
}
